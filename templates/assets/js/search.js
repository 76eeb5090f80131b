// DigestGen search: our own small script, no framework, no request beyond this site.
// The engine mirrors src/DigestGen.Core/Search/SearchEngine*.cs and Arabic/Stemming/SearchAnalyzer.cs
// step for step; the rules' data (clitics, suffixes, lexicon, name letters) come from search/meta.json,
// so this file only applies them. Tests run both engines on the same query set.
(function () {
  'use strict';

  var script = document.currentScript;
  // assets/js/search.js → the site root, wherever the site is hosted (sub-path, file://).
  var base = new URL('../../', script ? script.src : document.baseURI);
  var indexBase = new URL('search/', base);
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
  function Names(analyzer, byKey) {
    var prefixes = new Set();
    Object.keys(byKey).forEach(function (k) { for (var i = 1; i <= k.length; i++) prefixes.add(k.slice(0, i)); });
    return function matchAt(list, start) {
      var found = [];
      unique([list[start]].concat(analyzer.surfaces(list[start]))).forEach(function (first) {
        var key = analyzer.nameKey([first]);
        for (var end = start; prefixes.has(key);) {
          if (Object.prototype.hasOwnProperty.call(byKey, key)) byKey[key].forEach(function (e) { found.push({ entity: e, end: end }); });
          if (++end === list.length) break;
          key += analyzer.nameKey([list[end]]);
        }
      });
      return found;
    };
  }

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

  function decode(postings, masks) {
    var doc = 0;
    postings.forEach(function (v) {
      doc += Math.floor(v / 16);
      masks.set(doc, (masks.get(doc) || 0) | (v & 15));
    });
  }

  function weight(mask) { return mask & 8 ? 10 : mask & 4 ? 6 : mask & 2 ? 4 : mask & 1 ? 1 : 0; }

  // SearchEngine: loads meta.json once, then only the files a query touches.
  function Engine() {
    var files = new Map();
    function load(path) {
      if (!files.has(path)) {
        files.set(path, fetch(new URL(path, indexBase)).then(function (r) { return r.ok ? r.json() : null; }));
      }
      return files.get(path);
    }
    var ready = load('meta.json').then(function (meta) {
      var analyzer = Analyzer(meta.rules);
      return { meta: meta, analyzer: analyzer, matchAt: Names(analyzer, meta.names), shards: new Set(meta.shards) };
    });

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

    async function keyPostings(ctx, keys, masks) {
      for (var i = 0; i < keys.length; i++) {
        var name = shardOf(keys[i], ctx.shards);
        if (name === null) continue;
        var s = await shard(name);
        if (Object.prototype.hasOwnProperty.call(s.p, keys[i])) decode(s.p[keys[i]], masks);
      }
    }

    // The word's keys, then the keys of the gazetteer's spellings of the same name word.
    function wordKeys(ctx, word) {
      var a = ctx.analyzer;
      var keys = a.keys(word);
      a.surfaces(word).forEach(function (s) {
        var spellings = ctx.meta.nameWords[a.nameKey([s])];
        if (spellings) keys = keys.concat(spellings.map(a.stem));
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
        names = unique(names);
        for (var j = 0; j < names.length; j++) {
          var s = await shard(names[j]);
          Object.keys(s.v).forEach(function (surface) { if (startsWith(surface, r)) found.add(surface); });
        }
      }
      var sorted = Array.from(found).sort().slice(0, ctx.meta.prefixLimit);
      var keys = [];
      for (var k = 0; k < sorted.length; k++) {
        var v = (await shard(shardOf(sorted[k], ctx.shards))).v[sorted[k]];
        keys.push(v ? v : sorted[k]);
      }
      return keys;
    }

    async function evaluate(ctx, unit) {
      var masks = new Map();
      var bonus = 0;
      if (unit.kind === 'entity') {
        bonus = 5;
        for (var i = 0; i < unit.entities.length; i++) decode((await load('e/' + unit.entities[i] + '.json')) || [], masks);
      } else if (unit.kind === 'word') {
        await keyPostings(ctx, wordKeys(ctx, unit.word), masks);
      } else {
        await keyPostings(ctx, unique(wordKeys(ctx, unit.word).concat(await prefixKeys(ctx, unit.word))), masks);
      }
      var scores = new Map();
      masks.forEach(function (mask, doc) { scores.set(doc, weight(mask) + bonus); });
      return scores;
    }

    async function hits(query, live) {
      var ctx = await ready;
      var list = units(ctx, query, live);
      var scores = null;
      for (var i = 0; i < list.length; i++) {
        var unitScores = await evaluate(ctx, list[i]);
        if (scores === null) { scores = unitScores; continue; }
        var next = new Map();
        scores.forEach(function (score, doc) { if (unitScores.has(doc)) next.set(doc, score + unitScores.get(doc)); });
        scores = next;
      }
      if (scores === null) return { units: list, docs: [] };
      var docs = Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      return { units: list, docs: docs.map(function (d) { return { doc: d[0], score: d[1] }; }) };
    }

    // Titles and summaries come in chunks; only the chunks of shown results are fetched.
    async function describe(hit, withSummary) {
      var meta = (await ready).meta;
      var row = (await load('t/' + Math.floor(hit.doc / meta.titleChunk) + '.json'))[hit.doc % meta.titleChunk];
      var out = { doc: hit.doc, score: hit.score, path: row[0], url: new URL(row[0], base).href, title: row[1], date: row[2] };
      if (withSummary) out.summary = (await load('x/' + Math.floor(hit.doc / meta.summaryChunk) + '.json'))[hit.doc % meta.summaryChunk];
      return out;
    }

    return { ready: ready, units: function (q, live) { return ready.then(function (ctx) { return units(ctx, q, live); }); }, hits: hits, describe: describe };
  }

  var engine = Engine();

  window.digestgen = window.digestgen || {};
  // Every matching article, best first, as { url, title }.
  window.digestgen.search = async function (query) {
    var found = await engine.hits(String(query), false);
    return Promise.all(found.docs.map(function (h) {
      return engine.describe(h, false).then(function (d) { return { url: d.url, title: d.title }; });
    }));
  };
  window.digestgen.searchEngine = engine;
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
  var state = { docs: [], shown: 0, marks: null };
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
      if (u.kind === 'entity') {
        Object.keys(ctx.meta.names).forEach(function (k) {
          if (ctx.meta.names[k].some(function (e) { return u.entities.indexOf(e) >= 0; })) names.add(k);
        });
      }
    });
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

  async function showMore(gen) {
    var next = state.docs.slice(state.shown, state.shown + PAGE);
    var described = await Promise.all(next.map(function (h) { return engine.describe(h, true); }));
    if (gen !== generation) return;
    described.forEach(function (d) { list.appendChild(item(d)); });
    state.shown += next.length;
    moreWrap.hidden = state.shown >= state.docs.length;
  }

  function announce(query, count) {
    status.textContent = count === 0 ? 'لا نتائج لـ «' + query + '»' : 'النتائج لـ «' + query + '»: ' + count;
  }

  async function run(query, live) {
    var gen = ++generation;
    try {
      var found = query.trim() ? await engine.hits(query, live) : { units: [], docs: [] };
      var marks = await marker(found.units);
      if (gen !== generation) return;
      state = { docs: found.docs, shown: 0, marks: marks };
      list.textContent = '';
      await showMore(gen);
      if (gen !== generation) return;
      if (query.trim()) announce(query.trim(), found.docs.length); else status.textContent = '';
      list.dataset.searchQuery = query;
      if (found.docs.length > 0 && performance.getEntriesByName('digestgen:first-result').length === 0) {
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
  more.addEventListener('click', function () { showMore(generation); });

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
