import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

// The window and document title never name a participant or a record.
document.title = 'FieldVault';

const target = document.getElementById('app');
if (!target) throw new Error('FieldVault: #app is missing from index.html');
export default mount(App, { target });
