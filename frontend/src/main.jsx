import { render } from 'preact';
import './styles/fonts.css';
import './styles/conduit.css';
import { App } from './shell/App.jsx';

const root = document.getElementById('app');
// index.html shows "Loading..." until the script runs; Preact would keep it beside the app.
root.textContent = '';
render(<App />, root);
