// Slack's mrkdwn drawn as DOM nodes: *bold*, _italic_, ~strike~, `code`, ```code blocks```, > quotes,
// <links|with labels>, <@U123> mentions, <#C123|channel> and <!here>; emoji shortcodes stay as text.
// Every piece of text becomes a text node (textContent): nothing here ever parses HTML.

const WORD = /[\p{L}\p{N}]/u;

// Slack escapes only these three in message text.
export function decode(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

// Text with :emoji: shortcodes marked (still as their text).
function appendText(parent, raw) {
  const text = decode(raw);
  const re = /:[a-z0-9_+-]+:/g;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) parent.append(document.createTextNode(text.slice(at, m.index)));
    const span = el('span', 'emoji', m[0]);
    span.title = 'emoji ' + m[0];
    parent.append(span);
    at = m.index + m[0].length;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}

const SAFE_URL = /^(https?:|mailto:)/i;

// The inside of <...>: a link, a mention, a channel or a special mention.
function angle(inner, ctx) {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? '' : inner.slice(bar + 1);
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return el('span', 'mention', '@' + ((ctx.names && ctx.names[id]) || decode(label) || id));
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return el('span', 'mention channel', '#' + (decode(label) || (ctx.channels && ctx.channels[id]) || id));
  }
  if (target.startsWith('!')) {
    const word = target.slice(1).split('^')[0];
    if (['here', 'channel', 'everyone'].includes(word)) return el('span', 'mention', '@' + word);
    return el('span', 'mention', decode(label) || word);
  }
  const url = decode(target);
  if (SAFE_URL.test(url)) {
    const a = el('a', 'link', decode(label) || url);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }
  // Not a link the page may follow (javascript:, data:, ...): its label, or the target, as text.
  return document.createTextNode(decode(label) || url);
}

const STYLES = { '*': 'b', _: 'i', '~': 's' };

// Where the marker at `i` closes on the same line, or -1 (Slack's rules: no space inside the
// markers, none of them glued to a word outside).
function closing(text, i, marker) {
  const before = i > 0 ? text[i - 1] : ' ';
  if (WORD.test(before) || i + 1 >= text.length || /\s/.test(text[i + 1])) return -1;
  for (let j = i + 2; j < text.length; j++) {
    if (text[j] === '\n') return -1;
    if (text[j] !== marker) continue;
    const after = j + 1 < text.length ? text[j + 1] : ' ';
    if (!/\s/.test(text[j - 1]) && !WORD.test(after)) return j;
  }
  return -1;
}

function inline(text, parent, ctx) {
  let buf = '';
  const flush = () => {
    if (buf) appendText(parent, buf);
    buf = '';
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '`') {
      const j = text.indexOf('`', i + 1);
      if (j > i + 1) {
        flush();
        parent.append(el('code', 'inline', decode(text.slice(i + 1, j))));
        i = j + 1;
        continue;
      }
    } else if (c === '<') {
      const j = text.indexOf('>', i + 1);
      if (j > i + 1) {
        flush();
        parent.append(angle(text.slice(i + 1, j), ctx));
        i = j + 1;
        continue;
      }
    } else if (STYLES[c]) {
      const j = closing(text, i, c);
      if (j > 0) {
        flush();
        const e = el(STYLES[c]);
        inline(text.slice(i + 1, j), e, ctx);
        parent.append(e);
        i = j + 1;
        continue;
      }
    }
    buf += c;
    i++;
  }
  flush();
}

// Lines, with consecutive "> " lines gathered into one quote.
function lines(text, parent, ctx) {
  let quote = null;
  text.split('\n').forEach((line, n) => {
    if (line.startsWith('>')) {
      if (!quote) {
        quote = el('blockquote');
        parent.append(quote);
      } else {
        quote.append(el('br'));
      }
      inline(line.replace(/^> ?/, ''), quote, ctx);
      return;
    }
    // A quote is a block of its own: the line after it needs no break.
    if (n > 0 && !quote) parent.append(el('br'));
    quote = null;
    inline(line, parent, ctx);
  });
}

// The whole text: code blocks first (nothing inside them is formatted), the rest line by line.
export function renderMrkdwn(text, ctx = {}) {
  const out = document.createDocumentFragment();
  const parts = String(text).split('```');
  if (parts.length % 2 === 0) parts.splice(parts.length - 2, 2, parts[parts.length - 2] + '```' + parts[parts.length - 1]);
  parts.forEach((part, n) => {
    if (n % 2 === 1) {
      out.append(el('pre', 'code-block', decode(part.replace(/^\n/, ''))));
    } else {
      // The line break next to a code block is the block's own edge, not an empty line.
      let t = n > 0 ? part.replace(/^\n/, '') : part;
      if (n < parts.length - 1) t = t.replace(/\n$/, '');
      if (t) lines(t, out, ctx);
    }
  });
  return out;
}

// plain_text: emoji shortcodes stay text; nothing else is special.
export function renderPlain(text) {
  const out = document.createDocumentFragment();
  appendText(out, String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  return out;
}

// A text object ({type: "mrkdwn" | "plain_text", text}).
export function renderText(obj, ctx) {
  if (!obj || typeof obj.text !== 'string') return document.createDocumentFragment();
  return obj.type === 'mrkdwn' ? renderMrkdwn(obj.text, ctx) : renderPlain(obj.text);
}

// The plain string of a text object, for labels and attributes.
export function plainOf(obj) {
  return obj && typeof obj.text === 'string' ? (obj.type === 'mrkdwn' ? decode(obj.text) : obj.text) : '';
}
