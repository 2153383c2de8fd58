// Soạn thảo: the section tree of a content file (add, move, remove, tables), posted as JSON.
// Every user text goes into .value or .textContent, never into HTML.
"use strict";

(function () {
  const tree = document.getElementById("cay-muc");
  const form = document.getElementById("soan");

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([key, value]) => {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    });
    (children || []).forEach((child) => node.appendChild(child));
    return node;
  }

  function field(label, name, value, rows) {
    const input = rows ? el("textarea", { rows: String(rows), "data-k": name }) : el("input", { "data-k": name });
    input.value = value || "";
    return el("label", {}, [document.createTextNode(label + " "), input]);
  }

  function button(text, cls, onClick) {
    const b = el("button", { type: "button", class: cls, text: text });
    b.addEventListener("click", onClick);
    return b;
  }

  function tableNode(table) {
    const box = el("div", { class: "bang" });
    box.dataset.ref = table.ref === null || table.ref === undefined ? "" : table.ref;
    box.dataset.editable = table.editable === false ? "no" : "yes";
    box.appendChild(field("Tên bảng", "title", table.title));
    if (table.editable === false) {
      box.appendChild(el("p", { class: "note", text: "Bảng có ô gộp hoặc tùy chọn riêng: sửa trong tệp YAML (giữ nguyên khi lưu)." }));
      box.dataset.json = JSON.stringify(table);
      return box;
    }
    const grid = el("table", { class: "grid" });
    const head = el("tr", {}, table.columns.map((c) => { const i = el("input", { class: "cot" }); i.value = c; return el("th", {}, [i]); }));
    grid.appendChild(el("thead", {}, [head]));
    const body = el("tbody");
    function addRow(cells) {
      body.appendChild(el("tr", {}, table.columns.map((_, i) => { const input = el("input", { class: "o" }); input.value = cells[i] || ""; return el("td", {}, [input]); })));
    }
    table.rows.forEach(addRow);
    grid.appendChild(body);
    box.appendChild(grid);
    box.appendChild(button("+ Thêm dòng", "them-dong", () => addRow([])));
    box.appendChild(button("Xóa bảng", "xoa-bang", () => box.remove()));
    return box;
  }

  function sectionNode(section) {
    const node = el("fieldset", { class: "muc" });
    node.dataset.ref = section.ref === null || section.ref === undefined ? "" : section.ref;
    const tools = el("div", { class: "tools" }, [
      button("↑", "len", () => { const prev = node.previousElementSibling; if (prev) node.parentNode.insertBefore(node, prev); }),
      button("↓", "xuong", () => { const next = node.nextElementSibling; if (next) node.parentNode.insertBefore(next, node); }),
      button("+ Mục con", "them-muc-con", () => children.appendChild(sectionNode(blank()))),
      button("+ Bảng", "them-bang", () => tables.appendChild(tableNode({ ref: null, title: "", columns: ["Nội dung", "Thời gian", "Đơn vị thực hiện"], rows: [[]], editable: true }))),
      button("Xóa mục", "xoa-muc", () => { if (window.confirm("Xóa mục này và các mục con của nó?")) node.remove(); }),
    ]);
    node.appendChild(tools);
    node.appendChild(field("Tiêu đề", "title", section.title));
    node.appendChild(field("Đoạn văn (mỗi dòng một đoạn)", "paragraphs", section.paragraphs, 3));
    node.appendChild(field("Các ý gạch đầu dòng (mỗi dòng một ý; thụt 2 dấu cách = ý con)", "items", section.items, 3));
    const id = field("Mã mục (để văn bản cấp dưới sửa mục này)", "id", section.id);
    id.classList.add("ma");
    node.appendChild(id);
    const tables = el("div", { class: "cac-bang" }, (section.tables || []).map(tableNode));
    node.appendChild(tables);
    const children = el("div", { class: "muc-con" }, (section.sections || []).map(sectionNode));
    node.appendChild(children);
    return node;
  }

  function blank() {
    return { ref: null, id: "", title: "", paragraphs: "", items: "", tables: [], sections: [] };
  }

  function value(node, key) {
    const input = node.querySelector(":scope > label > [data-k='" + key + "']");
    return input ? input.value : "";
  }

  function tableJson(box) {
    if (box.dataset.editable === "no") return JSON.parse(box.dataset.json);
    return {
      ref: box.dataset.ref === "" ? null : box.dataset.ref,
      title: value(box, "title"),
      columns: Array.from(box.querySelectorAll("thead input.cot")).map((i) => i.value),
      rows: Array.from(box.querySelectorAll("tbody tr")).map((tr) => Array.from(tr.querySelectorAll("input.o")).map((i) => i.value)),
      editable: true,
    };
  }

  function sectionJson(node) {
    return {
      ref: node.dataset.ref === "" ? null : node.dataset.ref,
      id: value(node, "id"),
      title: value(node, "title"),
      paragraphs: value(node, "paragraphs"),
      items: value(node, "items"),
      tables: Array.from(node.querySelectorAll(":scope > .cac-bang > .bang")).map(tableJson),
      sections: Array.from(node.querySelectorAll(":scope > .muc-con > .muc")).map(sectionJson),
    };
  }

  if (tree) {
    JSON.parse(document.getElementById("muc-data").textContent).forEach((s) => tree.appendChild(sectionNode(s)));
    document.getElementById("them-muc").addEventListener("click", () => tree.appendChild(sectionNode(blank())));
    form.addEventListener("submit", () => {
      document.getElementById("muc_json").value = JSON.stringify(Array.from(tree.querySelectorAll(":scope > .muc")).map(sectionJson));
    });
  }

  // Xem trước: the pages of the document as the printer would print them (LibreOffice → PNG).
  const pages = document.getElementById("trang");
  const status = document.getElementById("xem-trang-thai");
  const choice = document.getElementById("ban-cua");
  function preview() {
    if (!pages || pages.dataset.ready !== "yes") return;
    status.textContent = "Đang in trang…";
    const url = pages.dataset.url + (choice ? "&co_quan=" + encodeURIComponent(choice.value) : "");
    fetch(url).then((r) => r.ok ? r.json() : Promise.reject(r)).then((data) => {
      pages.replaceChildren(...data.trang.map((src, i) => el("img", { src: src, alt: "Trang " + (i + 1), class: "page" })));
      status.textContent = data.trang.length + " trang.";
    }).catch(() => { status.textContent = "Chưa xem trước được (cần LibreOffice trên máy chủ)."; });
  }
  if (choice) choice.addEventListener("change", preview);
  preview();
})();
