// The playground page: sends the draft to the server (which dispatches it through the real routes),
// then draws what Slack would show: the reply, the modals that Slack calls open, the messages posted
// through response_url. Buttons and modal submissions go back the same way.

import { renderBlocks, renderMessageBody, viewState } from './blockkit.js';

const NAMES = { U0LOCAL: 'you', U0PM: 'Pat (PM)' };
const CHANNELS = { C0PLAYGROUND: 'playground' };

const $ = (id) => document.getElementById(id);
const conversation = $('conversation');
const modalRoot = $('modal-root');

let views = [];          // the modal stack, top last: {view, errors}
let lastMessage = null;  // the last message drawn, for the JSON panel
let returnFocus = null;  // what had focus before the modal opened

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

async function api(endpoint, body) {
  const res = await fetch('/playground/api/' + endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body || {}),
  });
  if (!res.ok) throw new Error(`${res.status} ${(await res.text()).trim()}`);
  return res.json();
}

function showTemplates(t) {
  if (!t) return;
  $('template-status').textContent = `Templates: ${t.source}${t.watched ? ' (edits are picked up on the next request)' : ''}`;
  const box = $('template-error');
  box.replaceChildren();
  if (t.error) {
    box.append(el('strong', '', 'Template error: '));
    const where = el('code', 'where', t.error.line ? `${t.error.file}:${t.error.line}` : t.error.file);
    box.append(where, document.createTextNode(t.error.line ? ` (line ${t.error.line})` : ''));
    box.append(el('div', 'problem', t.error.problem));
    box.append(el('div', 'hint', 'The last good set of templates is still in use. Fix the file, then send again or press Reload templates.'));
    box.hidden = false;
  } else {
    box.hidden = true;
  }
}

function ctxFor(container) {
  return {
    names: NAMES,
    channels: CHANNELS,
    onAction: (element, block) => clickButton(element, block, container),
  };
}

function updateJson() {
  const top = views[views.length - 1];
  const json = top ? top.view : lastMessage ? { blocks: lastMessage.blocks || [] } : null;
  $('json-text').value = json ? JSON.stringify(json, null, 2) : '';
}

function clearEmpty() {
  const e = conversation.querySelector('.empty');
  if (e) e.remove();
}

// Someone's message in the channel (what the user typed, or the PM's message being reframed).
function addHumanMessage(author, text, note) {
  clearEmpty();
  const m = el('article', 'message human');
  m.append(el('div', 'avatar', author.slice(0, 1).toUpperCase()));
  const body = el('div', 'message-body');
  const head = el('div', 'message-head');
  head.append(el('span', 'author', author));
  if (note) head.append(el('span', 'note', note));
  body.append(head, el('div', 'message-text', text));
  m.append(body);
  conversation.append(m);
}

// A message from the app: blocks drawn as Slack draws them.
function addAppMessage(message, { ephemeral = true, note = '', replace = null } = {}) {
  clearEmpty();
  const m = el('article', 'message app');
  m.setAttribute('aria-label', 'Message from Pushback');
  m.append(el('div', 'avatar app', 'P'));
  const body = el('div', 'message-body');
  const head = el('div', 'message-head');
  head.append(el('span', 'author', 'Pushback'), el('span', 'badge', 'APP'));
  if (ephemeral) head.append(el('span', 'note', 'Only visible to you'));
  if (note) head.append(el('span', 'note', note));
  body.append(head);
  body.append(renderMessageBody(message, ctxFor(m)));
  m.append(body);
  m.dataset.json = 'message';
  if (replace && replace.isConnected) replace.replaceWith(m);
  else conversation.append(m);
  lastMessage = message;
  updateJson();
  return m;
}

function addNote(text) {
  clearEmpty();
  conversation.append(el('p', 'system-note', text));
}

// ---- modals ----

function closeModals() {
  views = [];
  renderModal();
}

function renderModal() {
  modalRoot.replaceChildren();
  updateJson();
  const top = views[views.length - 1];
  if (!top) {
    document.body.classList.remove('modal-open');
    if (returnFocus && returnFocus.isConnected) returnFocus.focus();
    returnFocus = null;
    return;
  }
  document.body.classList.add('modal-open');
  const { view, errors } = top;
  const overlay = el('div', 'overlay');
  const dialog = el('div', 'modal');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  const titleId = 'modal-title-' + views.length;
  dialog.setAttribute('aria-labelledby', titleId);
  dialog.dataset.callbackId = view.callback_id || '';

  const head = el('div', 'modal-head');
  const title = el('h2', 'modal-title', (view.title && view.title.text) || '');
  title.id = titleId;
  const x = el('button', 'modal-x', '×');
  x.type = 'button';
  x.setAttribute('aria-label', 'Close');
  x.addEventListener('click', () => popView());
  head.append(title, x);

  const form = el('form', 'modal-body');
  form.noValidate = true;
  const ctx = { names: NAMES, channels: CHANNELS, errors: errors || {},
                onAction: (element, block) => clickButton(element, block, dialog) };
  form.append(renderBlocks(view.blocks || [], ctx));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitView();
  });

  const foot = el('div', 'modal-foot');
  const close = el('button', 'sk-button', (view.close && view.close.text) || 'Cancel');
  close.type = 'button';
  close.addEventListener('click', () => popView());
  foot.append(close);
  if (view.submit) {
    const submit = el('button', 'sk-button primary', view.submit.text);
    submit.type = 'button';
    submit.dataset.role = 'submit';
    submit.addEventListener('click', () => submitView());
    foot.append(submit);
  }
  dialog.append(head, form, foot);
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      popView();
    } else if (e.key === 'Tab') {
      trapFocus(dialog, e);
    }
  });
  overlay.append(dialog);
  modalRoot.append(overlay);
  const first = dialog.querySelector('[aria-invalid="true"]') || dialog.querySelector('input, textarea, select') ||
                dialog.querySelector('button');
  if (first) first.focus();
}

function trapFocus(dialog, e) {
  const focusable = [...dialog.querySelectorAll('button, input, textarea, select, a[href]')].filter((n) => !n.disabled);
  if (!focusable.length) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

function openView(view, how) {
  if (!views.length && !returnFocus) returnFocus = document.activeElement;
  if (how === 'push') views.push({ view });
  else if (how === 'update' && views.length) views[views.length - 1] = { view };
  else views = [{ view }];
  renderModal();
}

function popView() {
  views.pop();
  renderModal();
}

function currentViewPayload() {
  const top = views[views.length - 1];
  const root = modalRoot.querySelector('.modal');
  return { ...top.view, id: 'V0PLAYGROUND', state: { values: viewState(root) } };
}

async function submitView() {
  if (!views.length) return;
  const view = currentViewPayload();
  await interact({ type: 'view_submission', view }, { submission: true });
}

// ---- requests ----

// What came back: the acknowledgement, then the Slack calls that follow it.
function apply(result, { submission = false, fromMessage = null, showAck = false } = {}) {
  showTemplates(result.templates);
  const ack = result.ack || {};
  const json = ack.json;
  if (ack.status && ack.status !== 200) {
    addNote(`The server answered ${ack.status}: ${ack.text || ''}`);
  } else if (submission) {
    const action = json && json.response_action;
    if (action === 'errors') {
      views[views.length - 1].errors = json.errors || {};
      renderModal();
    } else if (action === 'update') openView(json.view, 'update');
    else if (action === 'push') openView(json.view, 'push');
    else if (action === 'clear') closeModals();
    else popView();
  } else if (showAck) {
    // A slash command's reply says it is ephemeral; the reminder DM is a plain message.
    if (json && (json.blocks || json.text)) addAppMessage(json, { ephemeral: json.response_type === 'ephemeral' });
    else if (ack.text) addNote(ack.text);
  }
  for (const call of result.calls || []) {
    const body = call.body || {};
    switch (call.method) {
      case 'views.open':
        openView(body.view, 'open');
        break;
      case 'views.push':
        openView(body.view, 'push');
        break;
      case 'views.update':
        openView(body.view, 'update');
        break;
      case 'response_url':
        if (body.delete_original && fromMessage) fromMessage.remove();
        else addAppMessage(body, { ephemeral: body.response_type !== 'in_channel',
                                   replace: body.replace_original === true ? fromMessage : null });
        break;
      case 'chat.postMessage':
        addAppMessage(body, { ephemeral: false, note: body.thread_ts ? 'posted in the thread' : 'posted' });
        break;
      case 'chat.postEphemeral':
        addAppMessage(body, { ephemeral: true });
        break;
      case 'views.publish':
        addNote('Slack would also refresh your Pushback App Home.');
        break;
      default:
        addNote(`Slack would also get a ${call.method} call.`);
    }
  }
  if (result.after_ack) {
    addNote('In Slack, Pushback would now finish the rest after acknowledging (posting, looking up your time zone); ' +
            'the playground has no bot token, so that is not shown here.');
  }
}

async function guarded(fn) {
  try {
    await fn();
  } catch (err) {
    addNote(`Something went wrong: ${err.message}`);
  }
}

async function interact(payload, how = {}) {
  await guarded(async () => apply(await api('interact', { payload }), how));
}

function clickButton(element, block, container) {
  const action = {
    type: 'button',
    action_id: element.action_id,
    block_id: block.block_id || '',
    value: element.value,
    text: element.text,
    action_ts: String(Date.now() / 1000),
  };
  const payload = { type: 'block_actions', actions: [action] };
  if (container.classList.contains('modal')) payload.view = currentViewPayload();
  else payload.container = { type: 'message', channel_id: 'C0PLAYGROUND', is_ephemeral: true };
  interact(payload, { fromMessage: container.classList.contains('modal') ? null : container });
}

function surface() {
  return document.querySelector('input[name=surface]:checked').value;
}

async function send() {
  const text = $('draft').value;
  const s = surface();
  conversation.replaceChildren();
  closeModals();
  lastMessage = null;
  if (s === 'pushback') addHumanMessage('you', `/pushback ${text}`, 'slash command (only Pushback sees it)');
  else if (s === 'reframe') addHumanMessage(NAMES.U0PM, text, 'you chose Reframe this on this message');
  else addNote('Direct message from Pushback, when your follow-up is due:');
  await guarded(async () => apply(await api('run', { surface: s, text }), { showAck: true }));
  updateJson();
}

// ---- wiring ----

$('compose').addEventListener('submit', (e) => {
  e.preventDefault();
  send();
});
$('draft').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    send();
  }
});
$('reload').addEventListener('click', () =>
  guarded(async () => {
    const r = await api('reload');
    showTemplates(r.templates);
    if ($('draft').value.trim()) await send();
  }));
$('share').addEventListener('click', async () => {
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('draft', $('draft').value);
  if (surface() !== 'pushback') url.searchParams.set('surface', surface());
  history.replaceState(null, '', url);
  $('share-status').textContent = (await copy(url.toString())) ? 'Link copied.' : `Link: ${url}`;
});
$('toggle-json').addEventListener('click', () => {
  const panel = $('json-panel');
  panel.hidden = !panel.hidden;
  $('toggle-json').setAttribute('aria-expanded', String(!panel.hidden));
  $('toggle-json').textContent = panel.hidden ? 'Show the Block Kit JSON' : 'Hide the Block Kit JSON';
  updateJson();
});
$('copy-json').addEventListener('click', async () => {
  $('copy-status').textContent = (await copy($('json-text').value)) ? 'Copied.' : 'Select the text and copy it.';
});

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// /?draft=...&surface=... renders that draft on load: a link anyone can share.
const params = new URLSearchParams(location.search);
const wanted = params.get('surface');
if (wanted) {
  const radio = document.querySelector(`input[name=surface][value="${CSS.escape(wanted)}"]`);
  if (radio) radio.checked = true;
}
if (params.has('draft')) {
  $('draft').value = params.get('draft');
  send();
} else {
  guarded(async () => showTemplates((await api('status')).templates));
}
