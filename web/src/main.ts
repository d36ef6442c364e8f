import { ApiError, apiKey, explain, gql } from './api';
import { showAlert } from './dom';
import { KEY_CHECK } from './queries';
import { renderCandidate } from './views/candidate';
import { renderNewPosting } from './views/new-posting';
import { renderPosting, renderPostings } from './views/postings';
import { renderResume } from './views/resume';

const main = document.getElementById('main')!;
const keyInput = document.getElementById('api-key') as HTMLInputElement;
const keyState = document.getElementById('key-state')!;

/** Hash routes keep every view linkable without a server round trip (and keep the key out of URLs). */
async function route(): Promise<void> {
  showAlert(null);
  const [, view = '', id = ''] = location.hash.replace(/^#/, '').split('/');
  const decoded = decodeURIComponent(id);
  if (view === 'posting' && decoded) await renderPosting(main, decoded);
  else if (view === 'candidate' && decoded) await renderCandidate(main, decoded);
  else if (view === 'new') renderNewPosting(main);
  else if (view === 'resume') renderResume(main);
  else await renderPostings(main);
  document.body.dataset.view = view || 'postings';
}

function showKeyState(): void {
  keyState.textContent = apiKey.get() ? 'Key in use for this tab.' : 'No key: postings only.';
}

document.getElementById('key-form')!.addEventListener('submit', async (e) => {
  e.preventDefault();
  const key = keyInput.value.trim();
  if (!key) return;
  apiKey.set(key);
  keyInput.value = '';
  keyState.textContent = 'Checking the key…';
  try {
    await gql(KEY_CHECK);
    showKeyState();
    await route();
  } catch (err) {
    // A refused key is not kept: the next request would fail the same way.
    if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') {
      showAlert(explain(err));
      apiKey.clear();
      keyState.textContent = 'Key refused.';
      keyInput.focus();
    } else {
      showAlert(explain(err));
      showKeyState();
    }
  }
});

document.getElementById('forget-key')!.addEventListener('click', () => {
  apiKey.clear();
  showKeyState();
  void route();
});

window.addEventListener('hashchange', () => void route().then(() => main.focus()));
showKeyState();
void route();
