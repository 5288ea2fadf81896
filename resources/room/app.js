// The phone page of an n3desk room (docs/room.md). Plain JavaScript, nothing from
// elsewhere. Every text goes into the page with textContent, never as HTML: notes
// are written by anyone in the room.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  let T = {};
  let state = null;
  let receivedAt = 0;
  let editing = null; // the id of the own note being edited, or null
  let socket = null;
  let pollTimer = null;
  let shown = {}; // the signature of each list as last drawn: unchanged lists keep focus

  function t(key, values) {
    let text = T[key] || key;
    for (const name in values || {}) {
      text = text.split("{" + name + "}").join(String(values[name]));
    }
    return text;
  }

  function el(tag, props, text) {
    const node = document.createElement(tag);
    for (const name in props || {}) {
      if (name === "class") node.className = props[name];
      else if (name.startsWith("aria-") || name === "role" || name === "for" || name === "name")
        node.setAttribute(name, props[name]);
      else node[name] = props[name];
    }
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function short(text) {
    const flat = text.replace(/\s+/g, " ").trim();
    return flat.length > 60 ? flat.slice(0, 59) + "…" : flat;
  }

  function say(key) {
    $("alert").hidden = true;
    $("status").textContent = key ? t(key) : "";
  }

  function complain(key) {
    $("status").textContent = "";
    $("alert").textContent = t(T["err_" + key] ? "err_" + key : "err_generic");
    $("alert").hidden = false;
  }

  async function api(method, path, body) {
    const options = { method: method, credentials: "same-origin", headers: {} };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, options);
    } catch (e) {
      return { ok: false, error: "offline" };
    }
    let data = {};
    try {
      data = await response.json();
    } catch (e) {
      data = {};
    }
    if (!response.ok) {
      if (response.status === 401) showJoin();
      return { ok: false, error: data.error || "generic", status: response.status };
    }
    return { ok: true, data: data };
  }

  // -- joining ---------------------------------------------------------------------

  function showJoin() {
    closeLive();
    state = null;
    $("room").hidden = true;
    $("join").hidden = false;
  }

  async function lookUp() {
    const code = $("code").value.replace(/\s+/g, "").toUpperCase();
    if (code.length !== 6) return;
    const reply = await api("POST", "/api/lobby", { code: code });
    const list = $("people");
    list.replaceChildren();
    if (!reply.ok) {
      $("choose").hidden = true;
      if (reply.error !== "offline") complain(reply.error);
      return;
    }
    $("alert").hidden = true;
    $("session-title").textContent = reply.data.session;
    for (const person of reply.data.participants) {
      // A name another phone has joined under is shown, but cannot be chosen.
      const label = person.taken ? t("taken", { name: person.name }) : person.name;
      const button = el("button", { type: "button", class: person.taken ? "taken" : "" }, label);
      if (person.taken) {
        button.disabled = true;
        button.setAttribute("aria-label", t("taken_label", { name: person.name }));
      } else {
        button.addEventListener("click", () => join({ code: code, participant_id: person.id }));
      }
      list.append(el("li", {}, undefined));
      list.lastChild.append(button);
    }
    $("choose").hidden = reply.data.participants.length === 0;
  }

  async function join(body) {
    $("join-button").disabled = true;
    const reply = await api("POST", "/api/join", body);
    $("join-button").disabled = false;
    if (!reply.ok) {
      if (reply.error === "taken") await lookUp(); // the list shows the name as taken now
      complain(reply.error);
      return;
    }
    say("");
    history.replaceState(null, "", "/");
    await refresh();
    openLive();
  }

  // -- live updates ----------------------------------------------------------------

  function openLive() {
    closeLive();
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    try {
      socket = new WebSocket(scheme + location.host + "/api/live");
    } catch (e) {
      startPolling();
      return;
    }
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(event.data);
      if (message.type === "state") show(message.state);
      else if (message.type === "removed") {
        complain("removed");
        showJoin();
      }
    });
    socket.addEventListener("close", () => {
      socket = null;
      if (state) startPolling(); // fall back to asking every few seconds
    });
  }

  function closeLive() {
    if (socket) {
      const old = socket;
      socket = null;
      old.close();
    }
    if (pollTimer) clearInterval(pollTimer);
    pollTimer = null;
  }

  function startPolling() {
    if (pollTimer) return;
    pollTimer = setInterval(async () => {
      const ok = await refresh();
      if (ok && !socket) {
        clearInterval(pollTimer);
        pollTimer = null;
        openLive(); // the laptop answers again: back to live updates
      }
    }, 4000);
  }

  async function refresh() {
    const reply = await api("GET", "/api/state");
    if (!reply.ok) {
      if (reply.error === "offline") $("status").textContent = t("offline");
      return false;
    }
    if ($("status").textContent === t("offline")) say("");
    show(reply.data);
    return true;
  }

  // -- drawing the state -------------------------------------------------------------

  function changed(name, value) {
    const signature = JSON.stringify(value);
    if (shown[name] === signature) return false;
    shown[name] = signature;
    return true;
  }

  function show(next) {
    state = next;
    receivedAt = Date.now() / 1000;
    $("join").hidden = true;
    $("room").hidden = false;
    $("session-title").textContent = next.session.title;
    $("me").textContent = t("you_are", { name: next.me.name });
    showStage();
    showWriting();
    showVote();
    showRating();
  }

  function showStage() {
    const stage = state.stage;
    $("stage").hidden = false;
    if (!stage) {
      $("stage-title").textContent = t("stage_none");
      $("stage-instructions").textContent = "";
      $("timer").textContent = "";
      return;
    }
    $("stage-title").textContent = stage.title;
    $("stage-instructions").textContent = stage.instructions;
    tick();
  }

  function tick() {
    const stage = state && state.stage;
    if (!stage) return;
    const clock = $("timer");
    if (stage.state === "idle") {
      clock.textContent = t("timer_idle");
      return;
    }
    if (stage.state === "paused") {
      clock.textContent = t("timer_paused") + " " + format(stage.remaining);
      return;
    }
    if (stage.state === "finished") {
      clock.textContent = "";
      return;
    }
    const elapsed = stage.running ? Date.now() / 1000 - receivedAt : 0;
    const left = stage.remaining - elapsed;
    clock.textContent = format(left);
    clock.classList.toggle("overtime", left < 0);
  }

  function format(seconds) {
    const over = seconds < 0;
    const whole = Math.floor(Math.abs(seconds));
    const text = Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
    return over ? "+" + text : text;
  }

  function showWriting() {
    const open = state.writing;
    $("write-info").textContent = t(state.private ? "private_info" : "public_info");
    $("note-form").hidden = !open;
    $("writing-closed").hidden = open;
    $("writing-closed").textContent = t("writing_closed");
    $("my-notes-heading").hidden = state.my_notes.length === 0;
    if (!changed("mine", [state.my_notes, open])) return;
    const list = $("my-notes");
    list.replaceChildren();
    for (const note of state.my_notes) {
      const item = el("li", { class: "note" });
      item.append(el("p", { class: "note-text" }, note.text));
      const actions = el("div", { class: "actions" });
      actions.append(
        el("span", { class: note.private ? "badge private" : "badge shown" },
          t(note.private ? "badge_private" : "badge_shown"))
      );
      if (note.private && open) {
        const edit = el("button", { type: "button", "aria-label": t("edit_label", { text: short(note.text) }) }, t("edit"));
        edit.addEventListener("click", () => startEdit(note));
        const withdraw = el("button", { type: "button", "aria-label": t("withdraw_label", { text: short(note.text) }) }, t("withdraw"));
        withdraw.addEventListener("click", () => withdrawNote(note.id));
        actions.append(edit, withdraw);
      }
      item.append(actions);
      list.append(item);
    }
    if (editing && !state.my_notes.some((n) => n.id === editing && n.private)) stopEdit();
  }

  function startEdit(note) {
    editing = note.id;
    $("note-text").value = note.text;
    $("note-button").textContent = t("save");
    $("cancel-edit").hidden = false;
    $("note-text").focus();
  }

  function stopEdit() {
    editing = null;
    $("note-text").value = "";
    $("note-button").textContent = t("add_note");
    $("cancel-edit").hidden = true;
  }

  async function sendNote(event) {
    event.preventDefault();
    const text = $("note-text").value;
    if (!text.trim()) {
      complain("empty");
      return;
    }
    $("note-button").disabled = true;
    const reply = editing
      ? await api("PUT", "/api/notes/" + encodeURIComponent(editing), { text: text })
      : await api("POST", "/api/notes", { text: text });
    $("note-button").disabled = false;
    if (!reply.ok) {
      complain(reply.error);
      return;
    }
    say(editing ? "note_saved" : "note_added");
    stopEdit();
    $("note-text").focus();
    if (!socket) refresh();
  }

  async function withdrawNote(id) {
    const reply = await api("DELETE", "/api/notes/" + encodeURIComponent(id));
    if (!reply.ok) {
      complain(reply.error);
      return;
    }
    say("note_withdrawn");
    if (editing === id) stopEdit();
    if (!socket) refresh();
  }

  function showVote() {
    const vote = state.vote;
    $("vote").hidden = !vote || (!vote.open && !vote.counts);
    if (!vote) return;
    $("dots-left").textContent = vote.open
      ? vote.dots_left === null ? t("dots_unlimited") : t("dots_left", { n: vote.dots_left })
      : t("vote_closed");
    $("vote-info").textContent = vote.counts ? "" : t("counts_hidden");
    if (!changed("vote", [state.notes, vote.mine, vote.counts, vote.open, vote.dots_left])) return;
    const list = $("vote-notes");
    list.replaceChildren();
    if (state.notes.length === 0) list.append(el("li", { class: "hint" }, t("no_notes")));
    const total = (note) => (vote.counts ? vote.counts[note.id] || 0 : 0);
    // Revealed results read as a ranking, most dots first (ties keep their order).
    const ordered = vote.counts ? state.notes.slice().sort((a, b) => total(b) - total(a)) : state.notes;
    for (const note of ordered) {
      const mine = vote.mine[note.id] || 0;
      const item = el("li", { class: "note" });
      item.append(el("p", { class: "note-text" }, note.text));
      const counts = el("p", { class: "counts" });
      counts.append(el("span", { class: "mine" }, t("your_dots", { n: mine })));
      if (vote.counts) counts.append(el("span", { class: "mine" }, t("total_dots", { n: total(note) })));
      item.append(counts);
      const actions = el("div", { class: "actions dots" });
      if (vote.open) {
        const take = el("button", { type: "button", "aria-label": t("remove_dot_label", { text: short(note.text) }) }, t("remove_dot"));
        take.disabled = mine === 0;
        take.addEventListener("click", () => giveDot(note.id, -1));
        const add = el("button", { type: "button", "aria-label": t("add_dot_label", { text: short(note.text) }) }, t("add_dot"));
        add.disabled = vote.dots_left === 0 || mine >= vote.max_per_note;
        add.addEventListener("click", () => giveDot(note.id, 1));
        actions.append(take, add);
      }
      item.append(actions);
      list.append(item);
    }
  }

  async function giveDot(noteId, dots) {
    const reply = await api("POST", "/api/votes", { note_id: noteId, dots: dots });
    if (!reply.ok) {
      complain(reply.error);
      return;
    }
    say(dots > 0 ? "dot_given" : "dot_taken");
    if (!socket) refresh();
  }

  function showRating() {
    const rating = state.rating;
    $("rate").hidden = !rating;
    if (!rating || !changed("rate", [rating, state.notes])) return;
    const texts = {};
    for (const note of state.notes) texts[note.id] = note.text;
    const list = $("rate-notes");
    list.replaceChildren();
    for (const noteId of rating.notes) {
      const item = el("li", { class: "note" });
      item.append(el("p", { class: "note-text" }, texts[noteId] || ""));
      for (const criterion of rating.criteria) {
        const set = el("fieldset");
        // Seen: the criterion; heard: the criterion and which note it is for.
        const legend = el("legend");
        const [before, after] = t("rate_group").split("{criterion}");
        legend.append(
          el("span", { class: "visually-hidden" }, before || ""),
          el("span", {}, criterion.name),
          el("span", { class: "visually-hidden" }, (after || "").split("{text}").join(short(texts[noteId] || "")))
        );
        set.append(legend);
        const scale = el("div", { class: "scale" });
        const given = (rating.mine[noteId] || {})[criterion.id];
        for (let value = criterion.low; value <= criterion.high; value++) {
          const label = el("label");
          const input = el("input", { type: "radio", name: "r-" + noteId + "-" + criterion.id, value: String(value) });
          input.checked = given === value;
          input.addEventListener("change", () => rate(noteId, criterion.id, value));
          label.append(input, el("span", {}, String(value)));
          scale.append(label);
        }
        set.append(scale);
        item.append(set);
      }
      list.append(item);
    }
  }

  async function rate(noteId, criterionId, value) {
    const reply = await api("POST", "/api/ratings", { note_id: noteId, criterion_id: criterionId, value: value });
    if (!reply.ok) {
      complain(reply.error);
      return;
    }
    say("rated");
  }

  // -- start -------------------------------------------------------------------------

  function fillTexts() {
    document.title = t("page_title");
    const fixed = {
      "join-heading": "join_heading", "code-label": "code_label", "code-hint": "code_hint",
      "name-label": "name_label", "join-button": "join", "choose-heading": "choose_heading",
      "write-heading": "write_heading", "note-label": "note_label", "note-button": "add_note",
      "cancel-edit": "cancel", "my-notes-heading": "my_notes", "vote-heading": "vote_heading",
      "rate-heading": "rate_heading", "timer-label": "timer_label",
    };
    for (const id in fixed) $(id).textContent = t(fixed[id]);
  }

  async function start() {
    const language = document.documentElement.lang || "sv";
    try {
      const all = await (await fetch("/static/texts.json")).json();
      T = all[language] || all.sv;
    } catch (e) {
      T = {};
    }
    fillTexts();
    $("join-form").addEventListener("submit", (event) => {
      event.preventDefault();
      join({ code: $("code").value, name: $("name").value });
    });
    $("code").addEventListener("input", lookUp);
    $("note-form").addEventListener("submit", sendNote);
    $("cancel-edit").addEventListener("click", stopEdit);
    setInterval(tick, 1000);
    const code = new URLSearchParams(location.search).get("code");
    if (code) $("code").value = code;
    if (await refresh()) {
      openLive(); // a reload with a live token: straight back in
    } else {
      showJoin();
      if (code) {
        lookUp();
        $("name").focus();
      } else {
        $("code").focus();
      }
    }
  }

  start();
})();
