// The editor's page: opens the story the server was started on, then hands it to the app.
import { mount } from 'svelte';
import App from './App.svelte';
import type { Opened } from '../shared/api.ts';
import './editor.css';
import './form.css';

const target = document.getElementById('editor')!;
const response = await fetch('/api/open');
const opened = (await response.json()) as Opened | { message: string };
if (!response.ok || !('work' in opened)) {
	const message = 'message' in opened ? opened.message : response.statusText;
	target.innerHTML = '';
	const alert = Object.assign(document.createElement('p'), { role: 'alert', textContent: message });
	target.append(
		Object.assign(document.createElement('h1'), { textContent: 'The story could not be opened' }),
		alert
	);
} else mount(App, { target, props: { opened } });
