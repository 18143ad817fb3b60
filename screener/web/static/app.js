// Enhancements only: everything works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Quick exit: go through /exit, which erases the visit and redirects to a neutral site, and
  // replace this page in the history so Back does not return here.
  var exit = document.getElementById("quick-exit");
  function leave(event) {
    if (event) { event.preventDefault(); }
    window.location.replace(exit.href);
  }
  if (exit) {
    exit.addEventListener("click", leave);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { leave(event); }
    });
  }

  // Put the error summary in focus so screen readers announce it first.
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }

  // Offense suggestions as you type (the "Suggest" button does the same without JavaScript).
  var text = document.getElementById("offense_description");
  var select = document.getElementById("offense_category");
  var box = document.getElementById("offense-suggestions");
  if (!text || !select || !box) { return; }
  var csrf = document.querySelector("input[name=csrf_token]");
  var timer = null;
  function show(matches) {
    box.textContent = "";
    if (!matches.length) { return; }
    var intro = document.createElement("p");
    intro.textContent = box.dataset.intro || "Best matches:";
    box.appendChild(intro);
    matches.forEach(function (match) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button secondary";
      button.textContent = match.label;
      button.addEventListener("click", function () {
        select.value = match.category;
        select.focus();
      });
      box.appendChild(button);
    });
  }
  text.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      if (text.value.trim().length < 3) { show([]); return; }
      fetch(box.dataset.url, {
        method: "POST", credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRFToken": csrf ? csrf.value : ""},
        body: JSON.stringify({text: text.value})
      }).then(function (response) { return response.ok ? response.json() : []; })
        .then(show).catch(function () { show([]); });
    }, 300);
  });
}());
