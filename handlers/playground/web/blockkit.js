// Block Kit drawn as Slack draws it: section (text, fields, accessory), header, context, divider,
// actions, input, image and rich_text blocks, and the modals that hold them. Generic: whatever blocks
// a reply carries are drawn, and an unknown type is shown as such rather than dropped. Each drawn
// block carries data-block-type (and data-block-id), each button data-action-id, for the tests.

import { plainOf, renderMrkdwn, renderPlain, renderText } from './mrkdwn.js';

let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

// A button as Slack draws it; a click hands (element, block) to ctx.onAction.
function button(element, block, ctx) {
  const b = el('button', 'sk-button' + (element.style ? ' ' + element.style : ''));
  b.type = 'button';
  b.append(renderPlain(plainOf(element.text)));
  if (element.action_id) b.dataset.actionId = element.action_id;
  if (element.url) {
    b.addEventListener('click', () => {
      if (/^https?:/i.test(element.url)) window.open(element.url, '_blank', 'noopener,noreferrer');
    });
  } else {
    b.addEventListener('click', () => ctx.onAction && ctx.onAction(element, block, b));
  }
  return b;
}

function option(o) {
  const opt = el('option', '', plainOf(o.text));
  opt.value = o.value ?? '';
  return opt;
}

// A select (static, users, conversations), labelled by `label` (a visible label or aria-label).
function select(element, ctx) {
  const s = el('select', 'sk-select');
  const placeholder = el('option', '', plainOf(element.placeholder) || 'Select an item');
  placeholder.value = '';
  s.append(placeholder);
  if (element.type === 'users_select' || element.type === 'multi_users_select') {
    for (const [id, name] of Object.entries(ctx.names || {})) {
      const opt = el('option', '', name);
      opt.value = id;
      s.append(opt);
    }
    if (element.initial_user) s.value = element.initial_user;
  } else {
    for (const group of element.option_groups || []) {
      const g = el('optgroup');
      g.label = plainOf(group.label);
      (group.options || []).forEach((o) => g.append(option(o)));
      s.append(g);
    }
    (element.options || []).forEach((o) => s.append(option(o)));
    if (element.initial_option) s.value = element.initial_option.value;
  }
  if (element.type.startsWith('multi_')) s.multiple = true;
  return s;
}

// An interactive element outside an input block (actions blocks, section accessories).
function element(elementJson, block, ctx) {
  switch (elementJson.type) {
    case 'button':
      return button(elementJson, block, ctx);
    case 'static_select':
    case 'users_select':
    case 'conversations_select':
    case 'channels_select':
    case 'external_select': {
      const s = select(elementJson, ctx);
      s.setAttribute('aria-label', plainOf(elementJson.placeholder) || 'Select');
      if (elementJson.action_id) s.dataset.actionId = elementJson.action_id;
      return s;
    }
    case 'overflow': {
      const b = el('button', 'sk-button overflow', '⋯');
      b.type = 'button';
      b.setAttribute('aria-label', 'More actions');
      return b;
    }
    case 'image':
      return el('span', 'image-alt', `[image: ${elementJson.alt_text || ''}]`);
    default:
      return el('span', 'unknown', `[${elementJson.type}]`);
  }
}

// An input block's element, with its id for the label; read back by viewState().
function inputElement(block, id, ctx) {
  const e = block.element || {};
  let control;
  switch (e.type) {
    case 'plain_text_input':
    case 'email_text_input':
    case 'url_text_input':
    case 'number_input':
      control = e.multiline ? el('textarea', 'sk-input') : el('input', 'sk-input');
      if (e.multiline) control.rows = 4;
      else control.type = e.type === 'number_input' ? 'number' : e.type === 'email_text_input' ? 'email' : 'text';
      if (e.initial_value !== undefined) control.value = e.initial_value;
      if (e.placeholder) control.placeholder = plainOf(e.placeholder);
      if (e.max_length) control.maxLength = e.max_length;
      break;
    case 'datepicker':
      control = el('input', 'sk-input');
      control.type = 'date';
      if (e.initial_date) control.value = e.initial_date;
      break;
    case 'timepicker':
      control = el('input', 'sk-input');
      control.type = 'time';
      if (e.initial_time) control.value = e.initial_time;
      break;
    case 'static_select':
    case 'users_select':
    case 'multi_users_select':
    case 'conversations_select':
    case 'channels_select':
    case 'multi_static_select':
      control = select(e, ctx);
      break;
    default:
      control = el('span', 'unknown', `[${e.type}]`);
  }
  control.id = id;
  control.dataset.blockId = block.block_id || '';
  control.dataset.actionId = e.action_id || '';
  control.dataset.elementType = e.type || '';
  if (!block.optional) control.required = true;
  return control;
}

function section(block, ctx) {
  const d = el('div', 'block section');
  const body = el('div', 'section-body');
  if (block.text) {
    const t = el('div', 'text');
    t.append(renderText(block.text, ctx));
    body.append(t);
  }
  if (Array.isArray(block.fields) && block.fields.length) {
    const f = el('div', 'fields');
    for (const field of block.fields) {
      const cell = el('div', 'field');
      cell.append(renderText(field, ctx));
      f.append(cell);
    }
    body.append(f);
  }
  d.append(body);
  if (block.accessory) {
    const acc = el('div', 'accessory');
    acc.append(element(block.accessory, block, ctx));
    d.append(acc);
  }
  return d;
}

function richText(block, ctx) {
  const d = el('div', 'block rich-text');
  const walk = (node, parent) => {
    for (const child of node.elements || []) {
      if (child.type === 'text') {
        let t = el('span', '', child.text || '');
        const s = child.style || {};
        if (s.code) t = wrap('code', t);
        if (s.bold) t = wrap('b', t);
        if (s.italic) t = wrap('i', t);
        if (s.strike) t = wrap('s', t);
        parent.append(t);
      } else if (child.type === 'link') {
        const a = el('a', 'link', child.text || child.url || '');
        if (/^(https?:|mailto:)/i.test(child.url || '')) {
          a.href = child.url;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
        }
        parent.append(a);
      } else if (child.type === 'user') {
        parent.append(el('span', 'mention', '@' + ((ctx.names && ctx.names[child.user_id]) || child.user_id)));
      } else if (child.type === 'emoji') {
        parent.append(el('span', 'emoji', `:${child.name}:`));
      } else if (child.type === 'rich_text_preformatted') {
        walk(child, parent.appendChild(el('pre', 'code-block')));
      } else if (child.type === 'rich_text_quote') {
        walk(child, parent.appendChild(el('blockquote')));
      } else if (child.type === 'rich_text_list') {
        const list = parent.appendChild(el(child.style === 'ordered' ? 'ol' : 'ul'));
        (child.elements || []).forEach((item) => walk(item, list.appendChild(el('li'))));
      } else if (child.elements) {
        walk(child, parent.appendChild(el('div')));
      }
    }
  };
  const wrap = (tag, inner) => {
    const w = el(tag);
    w.append(inner);
    return w;
  };
  walk(block, d);
  return d;
}

// One block; `ctx` holds names for mentions, onAction for buttons and, in a modal, errors by block_id.
export function renderBlock(block, ctx = {}) {
  let d;
  switch (block.type) {
    case 'section':
      d = section(block, ctx);
      break;
    case 'header':
      d = el('h3', 'block header');
      d.append(renderPlain(plainOf(block.text)));
      break;
    case 'context':
      d = el('div', 'block context');
      for (const e of block.elements || []) {
        const span = el('span', 'context-item');
        if (e.type === 'image') span.textContent = `[${e.alt_text || 'image'}]`;
        else span.append(renderText(e, ctx));
        d.append(span);
      }
      break;
    case 'divider':
      d = el('hr', 'block divider');
      break;
    case 'actions':
      d = el('div', 'block actions');
      for (const e of block.elements || []) d.append(element(e, block, ctx));
      break;
    case 'image':
      d = el('figure', 'block image');
      if (block.title) d.append(el('figcaption', '', plainOf(block.title)));
      d.append(el('span', 'image-alt', `[image: ${block.alt_text || ''}]`));
      break;
    case 'rich_text':
      d = richText(block, ctx);
      break;
    case 'input': {
      d = el('div', 'block input');
      const id = nextId('input');
      const label = el('label', 'input-label');
      label.htmlFor = id;
      label.append(renderPlain(plainOf(block.label)));
      if (block.optional) label.append(el('span', 'optional', ' (optional)'));
      d.append(label);
      const control = inputElement(block, id, ctx);
      d.append(control);
      if (block.hint) {
        const hint = el('div', 'hint');
        hint.append(renderPlain(plainOf(block.hint)));
        d.append(hint);
      }
      const error = ctx.errors && block.block_id && ctx.errors[block.block_id];
      if (error) {
        const e = el('div', 'input-error', error);
        e.id = id + '-error';
        e.setAttribute('role', 'alert');
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', e.id);
        d.append(e);
      }
      break;
    }
    default:
      d = el('div', 'block unknown', `Unsupported block type: ${block.type}`);
  }
  d.dataset.blockType = block.type;
  if (block.block_id) d.dataset.blockId = block.block_id;
  return d;
}

export function renderBlocks(blocks, ctx = {}) {
  const out = el('div', 'blocks');
  (blocks || []).forEach((b, i) => {
    const d = renderBlock(b, ctx);
    d.dataset.blockIndex = String(i);
    out.append(d);
  });
  return out;
}

// A message: its blocks, or its text when it has none (as Slack falls back).
export function renderMessageBody(message, ctx = {}) {
  if (Array.isArray(message.blocks) && message.blocks.length) return renderBlocks(message.blocks, ctx);
  const d = el('div', 'blocks');
  const t = el('div', 'block section fallback');
  t.append(renderMrkdwn(String(message.text ?? ''), ctx));
  d.append(t);
  return d;
}

// The values of a modal's inputs, in the shape of a view_submission's view.state.values.
export function viewState(root) {
  const values = {};
  for (const c of root.querySelectorAll('[data-element-type]')) {
    const block = c.dataset.blockId;
    const action = c.dataset.actionId;
    if (!block || !action) continue;
    const type = c.dataset.elementType;
    let v;
    if (type === 'users_select') v = { type, selected_user: c.value || null };
    else if (type === 'multi_users_select') v = { type, selected_users: [...c.selectedOptions].map((o) => o.value) };
    else if (type.endsWith('select')) {
      const o = c.selectedOptions[0];
      v = { type, selected_option: o && o.value ? { text: { type: 'plain_text', text: o.textContent }, value: o.value } : null };
    } else if (type === 'datepicker') v = { type, selected_date: c.value || null };
    else if (type === 'timepicker') v = { type, selected_time: c.value || null };
    else v = { type, value: c.value === '' ? null : c.value };
    (values[block] ||= {})[action] = v;
  }
  return values;
}
