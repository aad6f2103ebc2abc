// Undo and redo across the session: whole documents, typing in one field one entry.
import { describe, expect, it } from 'vitest';
import { typingContinues, UndoStack } from '../../editor/shared/undo';
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

	it('starts an entry for a value typed over, which the typing after it joins', () => {
		const stack = new UndoStack<string>({ mergeMs: 1000 });
		const date = (before: string, after: string, at: number) =>
			stack.record(before, after, {
				label: 'Date',
				merge: 'date',
				continues: typingContinues(before, after),
				at
			});
		/** Typed over the field's whole value, then key by key, 10 ms apart. */
		const typeOver = (before: string, text: string, from: number) => {
			date(before, text[0]!, from);
			for (let i = 2; i <= text.length; i++) date(text.slice(0, i - 1), text.slice(0, i), from + i);
		};
		typeOver('2017-01-10', '2017-13-45', 0);
		// Selected and typed over within the second: an entry of its own.
		typeOver('2017-13-45', '2017-01-11', 100);
		expect(stack.undo()).toBe('2017-13-45');
		expect(stack.undo()).toBe('2017-01-10');
	});

	it('counts as typing one character typed or deleted, anywhere; not a value typed over or pasted', () => {
		expect(typingContinues('', '2')).toBe(true);
		expect(typingContinues('2017-1', '2017-13')).toBe(true);
		expect(typingContinues('Palmyra', 'Palmra')).toBe(true);
		expect(typingContinues('Palmra', 'Palmyra')).toBe(true);
		expect(typingContinues(undefined, 'P')).toBe(true);
		// Selected and typed over: the first key replaces the whole value.
		expect(typingContinues('2017-13-45', '2')).toBe(false);
		expect(typingContinues('Palmyra', 'Palmyra, Syria')).toBe(false);
		expect(typingContinues('Palmyra', 'Palmyrb')).toBe(false);
		expect(typingContinues('ab', 'ab')).toBe(false);
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
