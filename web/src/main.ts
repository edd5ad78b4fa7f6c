/** Entry point: mounts the explorer from the URL, and again whenever the URL steps back or forward. */
import { createGraphqlClient } from './api/graphql-client';
import { mountExplorer } from './app/explorer';
import { stateFromSearch } from './state/url-state';
import './styles/app.css';

const root = document.getElementById('app')!;
const request = createGraphqlClient();
let unmount = mount();

function mount(): () => void {
  return mountExplorer({ root, request, state: stateFromSearch(location.search), remount });
}

function remount(): void {
  unmount();
  unmount = mount();
}

window.addEventListener('popstate', remount);
