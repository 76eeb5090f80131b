// DigestGen search: our own small script, no framework, no request beyond this site.
// The engine mirrors src/DigestGen.Core/Search/SearchEngine*.cs and Arabic/Stemming/SearchAnalyzer.cs
// step for step; the rules' data (clitics, suffixes, lexicon, name letters) come from search/meta.json,
// so this file only applies them. Tests run both engines on the same query set.
(function () {
  'use strict';

  var script = document.currentScript;
  // assets/js/search.js → the site root, wherever the site is hosted (sub-path, file://).
  var base = new URL('../../', script ? script.src : document.baseURI);
  var WORD = /\p{L}+|\p{Nd}+/gu;
  var LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
  var RUN = /[\p{L}\p{Nd}\p{M}\u0640]+/gu;

  // ArabicNormalizer.NormalizeChar: one character in, one (or none) out.
  var LETTER = /^\p{L}$/u;
  function fold(c) {
    var n = c.charCodeAt(0);
    if (n < 0x80) return n >= 65 && n <= 90 ? String.fromCharCode(n + 32) : c;
    if ((n >= 0x064B && n <= 0x0652) || n === 0x0670 || n === 0x0640) return '';
    if ((n >= 0x200B && n <= 0x200F) || (n >= 0x202A && n <= 0x202E) || (n >= 0x2066 && n <= 0x2069) || n === 0xFEFF) return '';
    if (c === 'أ' || c === 'إ' || c === 'آ' || c === 'ٱ') return 'ا';
    if (c === 'ى' || c === 'ی') return 'ي';
    if (c === 'ة') return 'ه';
    if (c === 'ک') return 'ك';
    if (n >= 0x0660 && n <= 0x0669) return String.fromCharCode(48 + n - 0x0660);
    if (n >= 0x06F0 && n <= 0x06F9) return String.fromCharCode(48 + n - 0x06F0);
    if (n >= 0xC0 && n <= 0x24F && LETTER.test(c)) return c.toLowerCase();
    return c;
  }

  function normalize(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) out += fold(text[i]);
    return out;
  }

  // The alef that carries tanween (نموذجاً) goes with it, as in SearchAnalyzer.Words.
  function dropTanweenAlef(text) {
    if (text.indexOf('\u064B') < 0) return text;
    var out = '';
    for (var i = 0; i < text.length; i++) {
      if (!(text[i] === 'ا' && (text[i + 1] === '\u064B' || text[i - 1] === '\u064B'))) out += text[i];
    }
    return out;
  }

  function words(text) {
    return normalize(dropTanweenAlef(text)).match(WORD) || [];
  }

  function startsWith(s, p) { return s.length >= p.length && s.slice(0, p.length) === p; }
  function endsWith(s, p) { return s.length >= p.length && s.slice(s.length - p.length) === p; }
  function unique(list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); }

  // SearchAnalyzer: surfaces (clitic readings), keys (light stems), name keys.
  function Analyzer(rules) {
    var stop = new Set(rules.stopWords);
    var lexicon = rules.brokenPlurals;

    function stripDefinite(word) {
      for (var i = 0; i < rules.definite.length; i++) {
        var p = rules.definite[i];
        if (word.length - p.length >= rules.minDefiniteStem && startsWith(word, p)) return word.slice(p.length);
      }
      return word;
    }

    function surfaces(word) {
      var list = [stripDefinite(word)];
      rules.bare.forEach(function (p) {
        if (word.length - p.length >= rules.minBareStem && startsWith(word, p)) {
          var reading = stripDefinite(word.slice(p.length));
          if (list.indexOf(reading) < 0) list.push(reading);
        }
      });
      return list;
    }

    function stripPronoun(word) {
      for (var i = 0; i < rules.pronouns.length; i++) {
        var p = rules.pronouns[i];
        if (endsWith(word, p) && word.length - p.length >= rules.minSuffixStem) {
          var w = word.slice(0, word.length - p.length);
          return endsWith(w, 'ت') && !endsWith(w, rules.femininePlural) && w.length >= 4 ? w.slice(0, -1) + 'ه' : w;
        }
      }
      return word;
    }

    function stemSuffixes(word) {
      var w = stripPronoun(word);
      if (endsWith(w, rules.femininePlural) && w.length - 2 >= rules.minSuffixStem) return w.slice(0, -2) + 'ه';
      for (var i = 0; i < rules.masculinePlurals.length; i++) {
        var p = rules.masculinePlurals[i];
        if (endsWith(w, p) && w.length - p.length >= rules.minPluralStem) { w = w.slice(0, w.length - p.length); break; }
      }
      if (w.length >= 4 && endsWith(w, 'يه')) return w.slice(0, -1);
      return w.length === 6 && w[0] === 'م' && w[3] === 'و' && w[5] === 'ه' ? w.slice(0, -1) : w;
    }

    function stem(surface) {
      if (Object.prototype.hasOwnProperty.call(lexicon, surface)) return stemSuffixes(lexicon[surface]);
      var s = stemSuffixes(surface);
      return Object.prototype.hasOwnProperty.call(lexicon, s) ? stemSuffixes(lexicon[s]) : s;
    }

    function nameKey(list) {
      var out = '';
      var joined = list.join('');
      for (var i = 0; i < joined.length; i++) {
        var c = joined[i];
        out += Object.prototype.hasOwnProperty.call(rules.nameLetters, c) ? rules.nameLetters[c] : c;
      }
      return out;
    }

    return {
      isStopWord: function (w) { return stop.has(w); },
      stripDefinite: stripDefinite,
      surfaces: surfaces,
      stem: stem,
      keys: function (w) { return unique(surfaces(w).map(stem)); },
      nameKey: nameKey,
    };
  }

  // EntityNames.MatchAt: names starting at a word, the first word read with or without clitics.
  // EntityNames.MatchAt: names starting at a word, the first word read with or without clitics.
  // Name keys come in groups by first letter (n/….json); group(letter) gives a loaded one.
  function Names(analyzer, group) {
    return function matchAt(list, start) {
      var found = [];
      unique([list[start]].concat(analyzer.surfaces(list[start]))).forEach(function (first) {
        var key = analyzer.nameKey([first]);
        var g = group(key[0]);
        for (var end = start; g.prefixes.has(key);) {
          if (Object.prototype.hasOwnProperty.call(g.n, key)) g.n[key].forEach(function (e) { found.push({ entity: e, end: end }); });
          if (++end === list.length) break;
          key += analyzer.nameKey([list[end]]);
        }
      });
      return found;
    };
  }

  // NameGroup: a letter's name keys with every prefix of them, and its name words.
  function NameGroup(shard) {
    var prefixes = new Set();
    Object.keys(shard.n).forEach(function (k) { for (var i = 1; i <= k.length; i++) prefixes.add(k.slice(0, i)); });
    return { n: shard.n, w: shard.w, prefixes: prefixes };
  }

  var NO_NAMES = NameGroup({ n: {}, w: {} });

  function shardOf(term, names) {
    for (var len = Math.min(term.length, 6); len > 0; len--) {
      if (names.has(term.slice(0, len))) return term.slice(0, len);
    }
    return null;
  }

  function shardFile(name) {
    var codes = [];
    for (var i = 0; i < name.length; i++) codes.push(('000' + name.charCodeAt(i).toString(16)).slice(-4));
    return 's/' + codes.join('-') + '.json';
  }

  function weight(mask) { return mask & 8 ? 10 : mask & 4 ? 6 : mask & 2 ? 4 : mask & 1 ? 1 : 0; }
  function before(wa, da, wb, db) { return wa > wb || (wa === wb && da < db); }

  // Postings.Decode: ranked entries; the document difference restarts at each change of weight.
  function decode(encoded) {
    var out = [], doc = 0, w = -1;
    (encoded || []).forEach(function (v) {
      var mask = v & 15;
      if (weight(mask) !== w) { doc = 0; w = weight(mask); }
      doc += Math.floor(v / 16);
      out.push({ doc: doc, w: w });
    });
    return out;
  }

  // RankedList: a posting list read best-first, a page at a time.
  function RankedList(head, pages, page) {
    var list = { entries: decode(head), loaded: 1, pages: pages };
    list.exhausted = function () { return list.loaded >= list.pages; };
    list.last = function () { return list.entries[list.entries.length - 1]; };
    list.loadMore = async function () {
      if (list.exhausted()) return;
      var next = decode(await page(list.loaded++));
      for (var i = 0; i < next.length; i++) list.entries.push(next[i]);
    };
    return list;
  }

  // UnitStream: a unit's lists merged best-first; only what no unloaded entry can precede is certain.
  function UnitStream(lists, bonus) {
    var merged = lists.map(function () { return 0; });
    var unit = { certain: [], seen: new Map(), frontierScore: 0, frontierDoc: 0 };
    unit.exhausted = function () { return lists.every(function (l) { return l.exhausted(); }); };
    unit.loaded = function () { return lists.reduce(function (n, l) { return n + l.entries.length; }, 0); };
    function limiting() {
      var limit = null;
      lists.forEach(function (l) {
        if (!l.exhausted() && (limit === null || before(l.last().w, l.last().doc, limit.last().w, limit.last().doc))) limit = l;
      });
      return limit;
    }
    function next() {
      var best = -1;
      for (var i = 0; i < lists.length; i++) {
        if (merged[i] < lists[i].entries.length) {
          var p = lists[i].entries[merged[i]];
          if (best < 0 || before(p.w, p.doc, lists[best].entries[merged[best]].w, lists[best].entries[merged[best]].doc)) best = i;
        }
      }
      return best;
    }
    function merge() {
      var limit = limiting();
      if (limit !== null) { unit.frontierScore = limit.last().w + bonus; unit.frontierDoc = limit.last().doc; }
      for (var i = next(); i >= 0; i = next()) {
        var p = lists[i].entries[merged[i]];
        if (limit !== null && before(limit.last().w, limit.last().doc, p.w, p.doc)) break;
        merged[i]++;
        if (!unit.seen.has(p.doc)) { unit.seen.set(p.doc, p.w + bonus); unit.certain.push({ doc: p.doc, score: p.w + bonus }); }
      }
    }
    unit.extend = async function () {
      var limit = limiting();
      if (limit !== null) { await limit.loadMore(); merge(); }
    };
    merge();
    return unit;
  }

  // SearchCursor: AND of the units, read a page at a time, loading postings only until the next results are certain.
  function Cursor(units) {
    var returned = 0;
    function exhausted() { return units.every(function (u) { return u.exhausted(); }); }
    function inAll(doc) { return units.every(function (u) { return u.seen.has(doc); }); }
    // SearchCursor.Complete: every list read, or one unit read whole and each of its articles settled.
    function settled(doc) { return units.every(function (v) { return v.exhausted() || v.seen.has(doc); }); }
    function complete() {
      return exhausted() || units.some(function (u) {
        if (!u.exhausted()) return false;
        var all = true;
        u.seen.forEach(function (_, doc) { if (all && !settled(doc)) all = false; });
        return all;
      });
    }
    function bound(doc, seen) {
      var total = 0;
      for (var i = 0; i < units.length; i++) {
        var u = units[i];
        if (seen && u.seen.has(doc)) total += u.seen.get(doc);
        else if (u.exhausted()) return null;
        else total += doc > u.frontierDoc ? u.frontierScore : u.frontierScore - 1;
      }
      return total;
    }
    function bestUnseen() {
      var best = { score: -Infinity, doc: Infinity };
      function consider(doc, b) { if (before(b, doc, best.score, best.doc)) best = { score: b, doc: doc }; }
      var partly = new Set();
      units.forEach(function (u) { u.seen.forEach(function (_, doc) { if (!inAll(doc)) partly.add(doc); }); });
      partly.forEach(function (doc) { var b = bound(doc, true); if (b !== null) consider(doc, b); });
      if (!units.some(function (u) { return u.exhausted(); })) {
        [0].concat(units.map(function (u) { return u.frontierDoc + 1; })).forEach(function (doc) { consider(doc, bound(doc, false)); });
      }
      return best;
    }
    function certified() {
      if (units.length === 0) return [];
      var found = units[0].certain.filter(function (c) { return inAll(c.doc); }).map(function (c) {
        return { doc: c.doc, score: units.reduce(function (n, u) { return n + u.seen.get(c.doc); }, 0) };
      }).sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      if (complete()) return found;
      var best = bestUnseen();
      var n = 0;
      while (n < found.length && before(found[n].score, found[n].doc, best.score, best.doc)) n++;
      return found.slice(0, n);
    }
    return {
      complete: complete,
      // How many results in all, once every list is read; null before.
      total: function () { return complete() ? certified().length : null; },
      next: async function (count) {
        for (;;) {
          var certain = certified();
          if (certain.length - returned >= count || complete()) {
            var out = certain.slice(returned, returned + count);
            returned += out.length;
            return out;
          }
          var open = units.filter(function (u) { return !u.exhausted(); });
          var least = open[0];
          open.forEach(function (u) { if (u.loaded() < least.loaded()) least = u; });
          await least.extend();
        }
      },
    };
  }

  // SearchEngine: loads meta.json once, then only the files a query touches.
  // indexBase: the folder of meta.json (the site's search/; tests point a second engine at another index).
  function Engine(indexBase) {
    var files = new Map();
    function load(path) {
      if (!files.has(path)) {
        files.set(path, fetch(new URL(path, indexBase)).then(function (r) { return r.ok ? r.json() : null; }));
      }
      return files.get(path);
    }
    var ready = load('meta.json').then(function (meta) {
      var analyzer = Analyzer(meta.rules);
      var groups = new Map();
      return {
        meta: meta, analyzer: analyzer, shards: new Set(meta.shards), nameShards: new Set(meta.nameShards), groups: groups,
        matchAt: Names(analyzer, function (c) { return groups.get(c) || NO_NAMES; }),
      };
    });

    function hex(c) { return ('000' + c.charCodeAt(0).toString(16)).slice(-4); }

    // Loads the name groups the query's words open (the letters of every reading), before cutting it into units.
    async function openNames(ctx, list) {
      var letters = [];
      list.forEach(function (w) {
        unique([w].concat(ctx.analyzer.surfaces(w))).forEach(function (r) { letters.push(ctx.analyzer.nameKey([r])[0]); });
      });
      letters = unique(letters).filter(function (c) { return ctx.nameShards.has(c) && !ctx.groups.has(c); });
      var shards = await Promise.all(letters.map(function (c) { return load('n/' + hex(c) + '.json'); }));
      letters.forEach(function (c, i) { ctx.groups.set(c, shards[i] ? NameGroup(shards[i]) : NO_NAMES); });
    }

    function shard(name) { return load(shardFile(name)).then(function (s) { return s || { p: {}, v: {} }; }); }

    function units(ctx, query, live) {
      var list = words(query);
      var normalized = normalize(query);
      var unfinished = live && normalized.length > 0 && LETTER_OR_DIGIT.test(normalized[normalized.length - 1]);
      var onlyStop = list.every(ctx.analyzer.isStopWord);
      var result = [];
      for (var i = 0; i < list.length; i++) {
        var matches = ctx.matchAt(list, i);
        if (matches.length > 0) {
          var end = Math.max.apply(null, matches.map(function (m) { return m.end; }));
          var ids = unique(matches.filter(function (m) { return m.end === end; }).map(function (m) { return m.entity; }));
          result.push({ kind: 'entity', word: list.slice(i, end + 1).join(' '), entities: ids.sort(function (a, b) { return a - b; }) });
          i = end;
        } else if (unfinished && i === list.length - 1) {
          if (list[i].length >= 2) result.push({ kind: 'prefix', word: list[i], entities: [] });
        } else if (onlyStop || !ctx.analyzer.isStopWord(list[i])) {
          result.push({ kind: 'word', word: list[i], entities: [] });
        }
      }
      return result;
    }

    function page(path) { return load(path).then(function (p) { return p || []; }); }

    async function keyList(ctx, key) {
      var name = shardOf(key, ctx.shards);
      if (name === null) return RankedList([], 1, null);
      var s = await shard(name);
      if (!Object.prototype.hasOwnProperty.call(s.p, key)) return RankedList([], 1, null);
      var more = s.l && Object.prototype.hasOwnProperty.call(s.l, key) ? s.l[key] : null;
      return more ? RankedList(s.p[key], more[1], function (n) { return page('k/' + more[0] + '.' + n + '.json'); }) : RankedList(s.p[key], 1, null);
    }

    async function entityList(entity) {
      var head = await load('e/' + entity + '.json');
      return head ? RankedList(head.p, head.pages, function (n) { return page('e/' + entity + '.' + n + '.json'); }) : RankedList([], 1, null);
    }

    // The word's keys, then the keys of the gazetteer's spellings of the same name word.
    function wordKeys(ctx, word) {
      var a = ctx.analyzer;
      var keys = a.keys(word);
      a.surfaces(word).forEach(function (s) {
        var key = a.nameKey([s]);
        var g = ctx.groups.get(key[0]) || NO_NAMES;
        if (Object.prototype.hasOwnProperty.call(g.w, key)) keys = keys.concat(g.w[key].map(a.stem));
      });
      return unique(keys);
    }

    async function prefixKeys(ctx, word) {
      var found = new Set();
      var readings = unique([word].concat(ctx.analyzer.surfaces(word))).filter(function (r) { return r.length >= 2; });
      for (var i = 0; i < readings.length; i++) {
        var r = readings[i];
        var names = ctx.meta.shards.filter(function (s) { return startsWith(s, r); });
        var own = shardOf(r, ctx.shards);
        if (own !== null) names.push(own);
        (await Promise.all(unique(names).map(shard))).forEach(function (s) {
          Object.keys(s.v).forEach(function (surface) { if (startsWith(surface, r)) found.add(surface); });
        });
      }
      var sorted = Array.from(found).sort().slice(0, ctx.meta.prefixLimit);
      var keys = [];
      for (var k = 0; k < sorted.length; k++) {
        var v = (await shard(shardOf(sorted[k], ctx.shards))).v[sorted[k]];
        keys.push(v ? v : sorted[k]);
      }
      return keys;
    }

    // A unit's lists, fetched at once (the order of the lists, not of the fetches, is what C# mirrors).
    async function stream(ctx, unit) {
      if (unit.kind === 'entity') return UnitStream(await Promise.all(unit.entities.map(entityList)), 5);
      var keys = wordKeys(ctx, unit.word);
      if (unit.kind === 'prefix') keys = unique(keys.concat(await prefixKeys(ctx, unit.word)));
      return UnitStream(await Promise.all(keys.map(function (k) { return keyList(ctx, k); })), 0);
    }

    // The query's units and a cursor over its results, best first, as { doc, score }.
    async function open(query, live) {
      var ctx = await ready;
      await openNames(ctx, words(query));
      var list = units(ctx, query, live);
      var streams = await Promise.all(list.map(function (u) { return stream(ctx, u); }));
      return { units: list, cursor: Cursor(streams) };
    }

    // Titles for listing every match come 256 to a file (t/); what a results page shows comes 8 to a file (d/).
    async function title(doc) {
      var meta = (await ready).meta;
      var row = (await load('t/' + Math.floor(doc / meta.titleChunk) + '.json'))[doc % meta.titleChunk];
      return { url: new URL(row[0], base).href, title: row[1] };
    }

    async function describe(hit) {
      var meta = (await ready).meta;
      var row = (await load('d/' + Math.floor(hit.doc / meta.documentChunk) + '.json'))[hit.doc % meta.documentChunk];
      return { doc: hit.doc, score: hit.score, path: row[0], url: new URL(row[0], base).href, title: row[1], date: row[2], summary: row[3] };
    }

    async function entityKeys(entity) {
      var head = await load('e/' + entity + '.json');
      return head ? head.k : [];
    }

    return { ready: ready, open: open, title: title, describe: describe, entityKeys: entityKeys };
  }

  var engine = Engine(new URL('search/', base));

  window.digestgen = window.digestgen || {};
  // Every matching article, best first, as { url, title }: reads every page of the query's lists.
  window.digestgen.search = async function (query) {
    var found = await engine.open(String(query), false);
    var docs = await found.cursor.next(Infinity);
    return Promise.all(docs.map(function (h) { return engine.title(h.doc); }));
  };
  window.digestgen.searchEngine = engine;
  window.digestgen.searchEngineAt = function (url) { return Engine(new URL(url, base)); };
  window.digestgen.analyze = function (word) {
    return engine.ready.then(function (ctx) {
      var w = words(word)[0] || '';
      return { word: w, surfaces: ctx.analyzer.surfaces(w), keys: ctx.analyzer.keys(w), nameKey: ctx.analyzer.nameKey([ctx.analyzer.stripDefinite(w)]) };
    });
  };
  window.digestgen.searchText = { normalize: normalize, words: words, runs: RUN };
})();

// The search page: results as you type, in the URL, announced, reachable by keyboard.
(function () {
  'use strict';

  var form = document.querySelector('[data-search-form]');
  if (!form) return;
  var input = form.querySelector('[data-search-input]');
  var list = document.querySelector('[data-search-results]');
  var status = document.querySelector('[data-search-status]');
  var moreWrap = document.querySelector('[data-search-more-wrap]');
  var more = document.querySelector('[data-search-more]');
  var engine = window.digestgen.searchEngine;
  var text = window.digestgen.searchText;
  var PAGE = 20;
  var generation = 0;
  var state = { cursor: null, buffer: [], shown: 0, marks: null };
  var timer = 0;

  // Which words of a title or summary to mark: those sharing a key, a name key or a typed prefix with the query.
  async function marker(units) {
    var ctx = await engine.ready;
    var a = ctx.analyzer;
    var keys = new Set(), names = new Set(), prefixes = [];
    units.forEach(function (u) {
      text.words(u.word).forEach(function (w) {
        a.keys(w).forEach(function (k) { keys.add(k); });
        [w].concat(a.surfaces(w)).forEach(function (s) { names.add(a.nameKey([s])); });
        if (u.kind === 'prefix') [w].concat(a.surfaces(w)).forEach(function (s) { if (s.length >= 2) prefixes.push(s); });
      });
    });
    // An entity's every name key comes with its postings (e/N.json, already loaded by the query).
    for (var i = 0; i < units.length; i++) {
      for (var j = 0; units[i].kind === 'entity' && j < units[i].entities.length; j++) {
        (await engine.entityKeys(units[i].entities[j])).forEach(function (k) { names.add(k); });
      }
    }
    return function (run) {
      return text.words(run).some(function (w) {
        if (a.isStopWord(w)) return false;
        var surfaces = [w].concat(a.surfaces(w));
        return a.keys(w).some(function (k) { return keys.has(k); }) ||
          surfaces.some(function (s) { return names.has(a.nameKey([s])); }) ||
          surfaces.some(function (s) { return prefixes.some(function (p) { return s.indexOf(p) === 0; }); });
      });
    };
  }

  function highlighted(value, isMatch) {
    var fragment = document.createDocumentFragment();
    var last = 0;
    value.replace(text.runs, function (run, at) {
      if (!isMatch(run)) return run;
      fragment.appendChild(document.createTextNode(value.slice(last, at)));
      var mark = document.createElement('mark');
      mark.textContent = run;
      fragment.appendChild(mark);
      last = at + run.length;
      return run;
    });
    fragment.appendChild(document.createTextNode(value.slice(last)));
    return fragment;
  }

  function item(d) {
    var li = document.createElement('li');
    var link = document.createElement('a');
    link.href = d.url;
    link.appendChild(highlighted(d.title, state.marks));
    var title = document.createElement('h2');
    title.appendChild(link);
    var time = document.createElement('time');
    time.dateTime = d.date;
    time.textContent = d.date;
    var snippet = document.createElement('p');
    snippet.className = 'search-snippet';
    snippet.appendChild(highlighted(d.summary || '', state.marks));
    li.append(title, time, snippet);
    return li;
  }

  // One result more than a page is asked for, so the "more" button shows only when there is more.
  async function showMore(gen) {
    var wanted = PAGE + 1 - state.buffer.length;
    var fetched = wanted > 0 ? await state.cursor.next(wanted) : [];
    if (gen !== generation) return;
    state.buffer = state.buffer.concat(fetched);
    var next = state.buffer.splice(0, PAGE);
    var described = await Promise.all(next.map(engine.describe));
    if (gen !== generation) return;
    described.forEach(function (d) { list.appendChild(item(d)); });
    state.shown += next.length;
    moreWrap.hidden = state.buffer.length === 0;
  }

  // The count is exact once every list is read; a long list is read only as far as the page shown.
  function announce(query) {
    var total = state.cursor.total();
    status.textContent = state.shown === 0 ? 'لا نتائج لـ «' + query + '»'
      : 'النتائج لـ «' + query + '»: ' + (total !== null ? total : 'أكثر من ' + state.shown);
  }

  var NONE = { units: [], cursor: { next: function () { return Promise.resolve([]); }, total: function () { return 0; } } };

  async function run(query, live) {
    var gen = ++generation;
    try {
      var found = query.trim() ? await engine.open(query, live) : NONE;
      var marks = await marker(found.units);
      if (gen !== generation) return;
      state = { cursor: found.cursor, buffer: [], shown: 0, marks: marks };
      list.textContent = '';
      await showMore(gen);
      if (gen !== generation) return;
      if (query.trim()) announce(query.trim()); else status.textContent = '';
      list.dataset.searchQuery = query;
      if (state.shown > 0 && performance.getEntriesByName('digestgen:first-result').length === 0) {
        performance.mark('digestgen:first-result');
      }
    } catch (e) {
      if (gen === generation) status.textContent = 'تعذّر تحميل فهرس البحث. افتح الموقع عبر خادم ويب.';
    }
  }

  function remember(query) {
    try {
      history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    } catch (e) {
      // file:// pages may refuse; the results still show.
    }
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { remember(input.value); run(input.value, true); }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    run(input.value, false);
  });
  more.addEventListener('click', function () {
    if (more.disabled) return;
    more.disabled = true;
    showMore(generation).finally(function () { more.disabled = false; });
  });

  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length > 0) { event.preventDefault(); links()[0].focus(); }
  });
  list.addEventListener('keydown', function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) return;
    var to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (event.key === 'Escape' || to === -1) { event.preventDefault(); input.focus(); return; }
    if (to !== undefined && to < all.length) { event.preventDefault(); all[to].focus(); }
  });

  var initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  if (initial) run(initial, false);
})();
