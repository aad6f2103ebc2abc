// Undo and redo across the session: whole documents, typing in one field one entry.
import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../editor/shared/undo';
import { setIn } from '../../editor/shared/paths';

describe('the undo stack', () => {
	it('takes edits back and brings them again, in order', () => {
		const stack = new UndoStack<number>();
		stack.record(0, 1, { label: 'a', at: 0 });
		stack.record(1, 2, { label: 'b', at: 5000 });
		expect(stack.nextUndo).toBe('b');
		expect(stack.undo()).toBe(1);
		expect(stack.undo()).toBe(0);
		expect(stack.undo()).toBeUndefined();
		expect(stack.redo()).toBe(1);
		expect(stack.nextRedo).toBe('b');
		expect(stack.redo()).toBe(2);
		expect(stack.redo()).toBeUndefined();
	});

	it('joins typing in one field into one entry, and not across fields or pauses', () => {
		const stack = new UndoStack<string>({ mergeMs: 1000 });
		stack.record('', 'P', { label: 'Title', merge: 'title', at: 0 });
		stack.record('P', 'Pa', { label: 'Title', merge: 'title', at: 300 });
		stack.record('Pa', 'Pal', { label: 'Title', merge: 'title', at: 900 });
		// Another field: a new entry.
		stack.record('Pal', 'Pal|x', { label: 'Date', merge: 'date', at: 1000 });
		// The same field after a pause: a new entry.
		stack.record('Pal|x', 'Pal|xy', { label: 'Date', merge: 'date', at: 5000 });
		expect(stack.undo()).toBe('Pal|x');
		expect(stack.undo()).toBe('Pal');
		expect(stack.undo()).toBe('');
	});

	it('forgets what was undone once a new edit is made', () => {
		const stack = new UndoStack<number>();
		stack.record(0, 1, { label: 'a', at: 0 });
		stack.undo();
		stack.record(0, 5, { label: 'c', at: 10 });
		expect(stack.redo()).toBeUndefined();
		expect(stack.undo()).toBe(0);
	});

	it('keeps whole documents that share what an edit left alone', () => {
		const stack = new UndoStack<Record<string, unknown>>();
		const before = { events: [{ title: 'A' }, { title: 'B' }], meta: { title: 'M' } };
		const after = setIn(before, ['events', 1, 'title'], 'C');
		stack.record(before, after, { label: 'Title', at: 0 });
		expect(after.meta).toBe(before.meta);
		expect((after.events as unknown[])[0]).toBe(before.events[0]);
		expect(stack.undo()).toEqual({
			events: [{ title: 'A' }, { title: 'B' }],
			meta: { title: 'M' }
		});
	});

	it('drops the oldest entries past its limit', () => {
		const stack = new UndoStack<number>({ limit: 3 });
		for (let i = 0; i < 5; i++) stack.record(i, i + 1, { label: String(i), at: i * 5000 });
		expect([stack.undo(), stack.undo(), stack.undo(), stack.undo()]).toEqual([4, 3, 2, undefined]);
	});
});
