// The simulator page: people on the left, their chats with the bot as phones side by side.
"use strict";

const state = {
  texts: {},
  botUsername: "",
  adminId: 0,
  people: [],
  open: [],          // person ids, the latest opened first
  seenNotices: {},   // person id -> highest notice index shown
};
const COLORS = ["#e17076", "#7bc862", "#65aadd", "#a695e7", "#ee7aae", "#6ec9cb", "#faa774"];

function t(key) {
  return state.texts[key] || key;
}

async function api(method, path, body) {
  const response = await fetch("/sim/api" + path, {
    method,
    headers: body === undefined ? {} : {"Content-Type": "application/json"},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(method + " " + path + ": " + response.status);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

function applyTexts(root) {
  root.querySelectorAll("[data-t]").forEach(el => { el.textContent = t(el.dataset.t); });
  root.querySelectorAll("[data-t-placeholder]").forEach(el => { el.placeholder = t(el.dataset.tPlaceholder); });
  root.querySelectorAll("[data-t-title]").forEach(el => { el.title = t(el.dataset.tTitle); });
}

function personById(id) {
  return state.people.find(p => p.id === id);
}

function avatar(person) {
  const el = document.createElement("span");
  el.className = "avatar";
  el.textContent = person.name.trim().charAt(0);
  el.style.background = COLORS[person.id % COLORS.length];
  return el;
}

function maxOpen() {
  return window.innerWidth <= 760 ? 1 : Math.max(1, Math.floor((window.innerWidth - 260) / 392));
}

// ---- people ----

async function loadPeople() {
  state.people = await api("GET", "/people");
  state.open = state.open.filter(id => personById(id));
  renderPeople();
  renderPhones();
  state.open.forEach(loadChat); // the forward lists name everyone on the page
}

function renderPeople() {
  const list = document.getElementById("people");
  list.replaceChildren();
  for (const person of state.people) {
    const item = document.createElement("li");
    item.className = "person" + (state.open.includes(person.id) ? " open" : "");
    item.dataset.person = person.id;
    item.append(avatar(person));
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = person.name;
    item.append(name);
    if (person.id === state.adminId) {
      item.append(badge(t("simulator.page.adminBadge"), "badge admin"));
    }
    if (person.demo) {
      item.append(badge(t("simulator.page.demoBadge"), "badge"));
    }
    item.addEventListener("click", () => openChat(person.id));
    list.append(item);
  }
  document.getElementById("no-people").hidden = state.people.length > 0;
}

function badge(text, className) {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}

function openChat(id) {
  state.open = [id, ...state.open.filter(other => other !== id)].slice(0, maxOpen());
  renderPeople();
  renderPhones();
}

function closeChat(id) {
  state.open = state.open.filter(other => other !== id);
  renderPeople();
  renderPhones();
}

// ---- phones ----

function renderPhones() {
  const phones = document.getElementById("phones");
  const wanted = new Set(state.open.map(String));
  phones.querySelectorAll(".phone").forEach(phone => {
    if (!wanted.has(phone.dataset.person)) {
      phone.remove();
    }
  });
  state.open.forEach(id => {
    let phone = phones.querySelector('.phone[data-person="' + id + '"]');
    if (!phone) {
      phone = newPhone(personById(id));
      loadChat(id);
    }
    phones.append(phone); // keeps the latest opened first
  });
  document.getElementById("no-chat").hidden = state.open.length > 0;
}

function newPhone(person) {
  const phone = document.getElementById("phone-template").content.firstElementChild.cloneNode(true);
  phone.dataset.person = person.id;
  applyTexts(phone);
  phone.querySelector(".avatar").replaceWith(avatar(person));
  phone.querySelector(".name").textContent = person.name;
  phone.querySelector(".meta").textContent = "id " + person.id;
  phone.querySelector(".close").addEventListener("click", () => closeChat(person.id));
  phone.querySelector(".composer").addEventListener("submit", event => {
    event.preventDefault();
    const input = phone.querySelector(".typed");
    const text = input.value.trim();
    if (text) {
      input.value = "";
      say(person.id, text);
    }
  });
  return phone;
}

function phoneOf(id) {
  return document.querySelector('.phone[data-person="' + id + '"]');
}

async function loadChat(id) {
  if (!phoneOf(id)) {
    return;
  }
  const chat = await api("GET", "/chats/" + id);
  const phone = phoneOf(id);
  if (phone) {
    renderChat(phone, chat);
  }
}

function renderChat(phone, chat) {
  const id = chat.personId;
  const box = phone.querySelector(".messages");
  const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  box.replaceChildren(...chat.messages.map(message => bubble(id, message)));
  if (nearBottom || !phone.dataset.shown) {
    box.scrollTop = box.scrollHeight;
  }
  phone.dataset.shown = "1";
  renderKeyboard(phone, id, chat.keyboard);
  showNewNotices(phone, id, chat.notices);
}

function bubble(id, message) {
  const el = document.createElement("div");
  el.className = "msg " + message.from + " " + message.kind;
  el.dataset.messageId = message.messageId;
  if (message.kind === "photo" && message.fileUrl) {
    const img = document.createElement("img");
    img.src = message.fileUrl;
    img.alt = message.fileName || "";
    el.append(img);
  } else if (message.kind === "document" && message.fileUrl) {
    const link = document.createElement("a");
    link.className = "file";
    link.href = message.fileUrl;
    link.download = message.fileName || "";
    link.textContent = "📄 " + (message.fileName || t("simulator.page.download"));
    el.append(link);
  } else if (message.kind === "contact") {
    const phone = document.createElement("bdi");
    phone.dir = "ltr";
    phone.textContent = message.text;
    el.append(textBlock(id, "📱 " + t("simulator.page.contactShared") + " "), phone);
  }
  if (message.kind === "forwarded") {
    const lines = message.text.split("\n");
    const head = document.createElement("div");
    head.className = "forwarded-from";
    head.textContent = t("simulator.page.forwardedFrom") + " " + lines[0];
    el.append(head, textBlock(id, lines.slice(1).join("\n")));
  } else if (message.kind !== "contact" && message.text) {
    el.append(textBlock(id, message.text));
  }
  if (message.from === "bot" && message.text && /https?:\/\//.test(message.text)) {
    el.append(forwardControl(id, message.text));
  }
  if (message.edited) {
    const edited = document.createElement("span");
    edited.className = "edited";
    edited.textContent = t("simulator.page.edited");
    el.append(edited);
  }
  if (message.buttons && message.buttons.length) {
    const rows = document.createElement("div");
    rows.className = "inline-rows";
    for (const row of message.buttons) {
      const rowEl = document.createElement("div");
      rowEl.className = "inline-row";
      for (const button of row) {
        const b = document.createElement("button");
        b.type = "button";
        b.className = "inline";
        b.textContent = button.text;
        b.addEventListener("click", () => pressInline(id, message.messageId, button, b));
        rowEl.append(b);
      }
      rows.append(rowEl);
    }
    el.append(rows);
  }
  return el;
}

const URL_PATTERN = /https?:\/\/[^\s]+/g;

// a bot message with a link can be forwarded to another person on the page, as the facilitator
// forwards an invite link to the members
function forwardControl(id, text) {
  const select = document.createElement("select");
  select.className = "forward";
  const prompt = document.createElement("option");
  prompt.value = "";
  prompt.textContent = "↪ " + t("simulator.page.forwardTo");
  select.append(prompt);
  for (const person of state.people.filter(p => p.id !== id)) {
    const option = document.createElement("option");
    option.value = person.id;
    option.textContent = person.name;
    select.append(option);
  }
  select.addEventListener("change", async () => {
    const to = Number(select.value);
    if (to) {
      await api("POST", "/chats/" + to + "/forwarded", {fromPersonId: id, text});
      openChat(to);
    }
  });
  return select;
}

// the text with links; the bot's deep links open as /start <payload> for this person, as Telegram does
function textBlock(id, text) {
  const el = document.createElement("div");
  el.className = "text";
  el.dir = "auto";
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    el.append(document.createTextNode(text.slice(last, match.index)));
    el.append(link(id, match[0]));
    last = match.index + match[0].length;
  }
  el.append(document.createTextNode(text.slice(last)));
  return el;
}

function deepLinkPayload(url) {
  const match = /^https:\/\/t\.me\/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]{1,64})$/.exec(url);
  return match && match[1] === state.botUsername ? match[2] : null;
}

function link(id, url) {
  const a = document.createElement("a");
  a.href = url;
  a.textContent = url;
  a.dir = "ltr";
  const payload = deepLinkPayload(url);
  if (payload) {
    a.className = "deeplink";
    a.addEventListener("click", event => {
      event.preventDefault();
      say(id, "/start " + payload);
    });
  } else {
    a.target = "_blank";
    a.rel = "noopener";
  }
  return a;
}

function renderKeyboard(phone, id, keyboard) {
  const box = phone.querySelector(".keyboard");
  box.replaceChildren();
  for (const row of keyboard) {
    const rowEl = document.createElement("div");
    rowEl.className = "key-row";
    for (const key of row) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "key" + (key.requestContact ? " contact" : "");
      b.textContent = key.text;
      b.addEventListener("click", () => key.requestContact ? shareContact(id) : say(id, key.text));
      rowEl.append(b);
    }
    box.append(rowEl);
  }
}

function showNewNotices(phone, id, notices) {
  const seen = state.seenNotices[id];
  const fresh = notices.filter(n => seen !== undefined && n.index > seen);
  state.seenNotices[id] = notices.reduce((max, n) => Math.max(max, n.index), seen === undefined ? -1 : seen);
  if (!fresh.length) {
    return;
  }
  const toast = phone.querySelector(".toast");
  toast.textContent = fresh[fresh.length - 1].text;
  toast.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { toast.hidden = true; }, 2500);
}

// ---- what a person does ----

async function say(id, text) {
  await api("POST", "/chats/" + id + "/messages", {text});
  loadChat(id);
}

async function shareContact(id) {
  await api("POST", "/chats/" + id + "/contact");
  loadChat(id);
}

async function pressInline(id, messageId, button, el) {
  if (button.data) {
    el.disabled = true;
    await api("POST", "/chats/" + id + "/presses", {messageId, data: button.data});
  } else if (button.url) {
    const payload = deepLinkPayload(button.url);
    if (payload) {
      say(id, "/start " + payload);
    } else {
      window.open(button.url, "_blank", "noopener");
    }
  }
}

// ---- demo ----

async function loadDemo() {
  renderDemo(await api("GET", "/demo"));
}

function renderDemo(run) {
  document.getElementById("demo-start").disabled = run.running;
  const section = document.getElementById("demo-status");
  section.hidden = run.steps.length === 0;
  const list = document.getElementById("demo-steps");
  list.replaceChildren();
  for (const step of run.steps) {
    const item = document.createElement("li");
    item.className = step.status;
    item.append(document.createTextNode(t("simulator.demo.step." + step.name)));
    const status = document.createElement("span");
    status.className = "status";
    status.textContent = t("simulator.demo.status." + step.status);
    item.append(status);
    if (step.detail) {
      const detail = document.createElement("span");
      detail.className = "detail";
      detail.dir = "auto";
      detail.textContent = step.detail;
      item.append(detail);
    }
    list.append(item);
  }
}

// ---- live updates ----

function listen() {
  const events = new EventSource("/sim/api/events");
  events.addEventListener("chat", event => loadChat(Number(event.data)));
  events.addEventListener("people", () => loadPeople());
  events.addEventListener("demo", () => loadDemo());
  // after a reconnect, catch up on whatever was missed
  events.addEventListener("hello", () => { loadPeople(); loadDemo(); state.open.forEach(loadChat); });
}

async function start() {
  const lang = new URLSearchParams(location.search).get("lang") || "fa";
  const setup = await api("GET", "/setup?lang=" + encodeURIComponent(lang));
  state.texts = setup.texts;
  state.botUsername = setup.botUsername;
  state.adminId = setup.adminId;
  document.documentElement.lang = setup.lang;
  document.documentElement.dir = setup.lang === "fa" ? "rtl" : "ltr";
  applyTexts(document);
  document.getElementById("add-person").addEventListener("submit", async event => {
    event.preventDefault();
    const input = document.getElementById("new-person-name");
    const name = input.value.trim();
    if (!name) {
      return;
    }
    input.value = "";
    const person = await api("POST", "/people", {name});
    await loadPeople();
    openChat(person.id);
  });
  document.getElementById("demo-start").addEventListener("click", async () => renderDemo(await api("POST", "/demo")));
  document.getElementById("demo-clear").addEventListener("click", async () => {
    await api("DELETE", "/demo");
    loadPeople();
  });
  await loadPeople();
  await loadDemo();
  listen();
}

start();
