// The Snapfolio page: charts of an account's snapshot history, its holdings as of a date and its
// latest runs. Served, it reads the API; in a report file, window.SNAPFOLIO_DATA holds the data.
(function () {
  'use strict';
  var REPORT = window.SNAPFOLIO_DATA || null;
  var TOKEN = new URLSearchParams(location.hash.slice(1)).get('token');
  var COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
    '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd'];
  var charts = [];
  var money = new Intl.NumberFormat('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2});
  var compact = new Intl.NumberFormat('en-US', {notation: 'compact', maximumFractionDigits: 1});
  var quantity = new Intl.NumberFormat('en-US', {maximumFractionDigits: 8});
  var state = {account: null, tickers: null};

  function api(path) {
    var headers = TOKEN ? {Authorization: 'Bearer ' + TOKEN} : {};
    return fetch(path, {headers: headers}).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) { throw new Error(body.detail || res.statusText); }
        return body;
      });
    });
  }

  function status(text, error) {
    var el = document.getElementById('status');
    el.textContent = text;
    el.className = error ? 'error' : '';
  }

  function seconds(date) { return Date.parse(date + 'T00:00:00Z') / 1000; }
  function num(v) { return v === null || v === undefined ? null : Number(v); }

  function groupBy(rows, key) {
    var groups = new Map();
    rows.forEach(function (r) {
      var k = key(r);
      if (!groups.has(k)) { groups.set(k, []); }
      groups.get(k).push(r);
    });
    return groups;
  }

  // One uPlot chart; the container records what was drawn (series and points) for people and tests.
  function chart(container, key, title, xs, series, axisFormat, valueFormat) {
    var el = document.createElement('div');
    el.className = 'chart';
    el.dataset.chart = key;
    container.appendChild(el);
    var width = Math.max(320, el.clientWidth || container.clientWidth);
    var opts = {
      title: title, width: width, height: 280,
      scales: {x: {time: true}},
      series: [{}].concat(series.map(function (s, i) {
        return {label: s.label, stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: true,
          value: function (u, v) { return v === null || v === undefined ? '–' : valueFormat(v); }};
      })),
      axes: [{}, {size: 64, values: function (u, vals) { return vals.map(axisFormat); }}]
    };
    var u = new uPlot(opts, [xs].concat(series.map(function (s) { return s.values; })), el);
    charts.push(u);
    el.dataset.series = String(series.length);
    el.dataset.points = String(xs.length);
    return u;
  }

  // A grid lays its boxes out only once all are there: fit every chart to its box afterwards.
  function fitCharts() {
    charts.forEach(function (u) {
      var box = u.root.parentNode;
      var width = Math.max(320, box.clientWidth);
      if (width !== u.width) { u.setSize({width: width, height: u.height}); }
    });
  }

  function drawFinancials(rows) {
    var value = document.getElementById('value-charts');
    var gains = document.getElementById('gains-charts');
    value.textContent = '';
    gains.textContent = '';
    groupBy(rows, function (r) { return r.currency; }).forEach(function (list, currency) {
      var xs = list.map(function (r) { return seconds(r.date); });
      function column(name) { return list.map(function (r) { return num(r[name]); }); }
      chart(value, 'value-' + currency, currency, xs, [
        {label: 'market value', values: column('marketValue')},
        {label: 'invested', values: column('invested')},
        {label: 'net cash flow', values: column('netCashFlow')}
      ], compact.format, money.format);
      chart(gains, 'gains-' + currency, currency, xs, [
        {label: 'realized', values: column('realizedGains')},
        {label: 'unrealized', values: column('unrealizedGains')}
      ], compact.format, money.format);
    });
    if (rows.length === 0) {
      value.textContent = 'No snapshots yet.';
    }
    fitCharts();
  }

  function drawTickers(rows) {
    var box = document.getElementById('ticker-charts');
    box.textContent = '';
    var currencies = groupBy(rows, function (r) { return r.ticker; });
    var dates = Array.from(new Set(rows.map(function (r) { return r.date; }))).sort();
    var index = new Map(dates.map(function (d, i) { return [d, i]; }));
    var series = [];
    groupBy(rows, function (r) { return r.ticker + ' ' + r.currency; }).forEach(function (list, key) {
      var values = new Array(dates.length).fill(null);
      list.forEach(function (r) { values[index.get(r.date)] = num(r.performance); });
      var ticker = key.split(' ')[0];
      var label = new Set(currencies.get(ticker).map(function (r) { return r.currency; })).size > 1 ? key : ticker;
      series.push({label: label, values: values});
    });
    series.sort(function (a, b) { return a.label < b.label ? -1 : 1; });
    if (series.length === 0) {
      box.textContent = 'No ticker snapshots yet.';
      return;
    }
    var el = chart(box, 'tickers', 'performance per ticker', dates.map(seconds), series,
      function (v) { return v.toFixed(0) + '%'; }, function (v) { return v.toFixed(2) + '%'; });
    el.root.parentNode.style.gridColumn = '1 / -1';
    el.setSize({width: box.clientWidth, height: 340});
    fitCharts();
  }

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) { td.className = cls; }
    tr.appendChild(td);
  }

  function signClass(v) { return v < 0 ? 'neg' : v > 0 ? 'pos' : ''; }

  function table(el, headers, rows, textColumns) {
    el.textContent = '';
    var head = document.createElement('tr');
    headers.forEach(function (h, i) {
      var th = document.createElement('th');
      th.textContent = h;
      if (i < (textColumns || 2)) { th.className = 'text'; }
      head.appendChild(th);
    });
    el.appendChild(head);
    rows.forEach(function (cells) {
      var tr = document.createElement('tr');
      cells.forEach(function (c) { cell(tr, c[0], c[1]); });
      el.appendChild(tr);
    });
  }

  var HOLDING_HEADERS = ['ticker', 'currency', 'shares', 'cost basis', 'market price', 'market value',
    'unrealized', 'realized', 'total income', 'performance %'];

  // Open positions: the rows whose position is open on that date.
  function drawHoldings(date, tickers, note) {
    var open = tickers.filter(function (t) { return t.openTrades; });
    open.sort(function (a, b) { return a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : a.currency < b.currency ? -1 : 1; });
    var el = document.getElementById('holdings');
    table(el, HOLDING_HEADERS, open.map(function (t) {
      var u = num(t.unrealizedGains);
      var r = num(t.realized);
      return [[t.ticker, 'text'], [t.currency, 'text'], [quantity.format(num(t.shares))],
        [money.format(num(t.costBasis))], [t.marketPrice === null ? '–' : money.format(num(t.marketPrice))],
        [t.marketValue === null ? '–' : money.format(num(t.marketValue))], [money.format(u), signClass(u)],
        [money.format(r), signClass(r)], [money.format(num(t.totalIncome))], [num(t.performance).toFixed(2)]];
    }));
    el.dataset.date = date;
    el.dataset.rows = String(open.length);
    document.getElementById('holdings-note').textContent = note + (open.length === 0 ? ' No open positions.' : '');
  }

  function holdingsAt(date) {
    document.getElementById('holdings').dataset.date = '';
    if (REPORT) {
      // the last stored row of each ticker on or before the date
      var latest = new Map();
      state.tickers.forEach(function (t) {
        if (t.date <= date) { latest.set(t.ticker + ' ' + t.currency, t); }
      });
      drawHoldings(date, Array.from(latest.values()),
        'From the report\'s stored snapshots: each ticker\'s last snapshot on or before ' + date + '.');
      return Promise.resolve();
    }
    return api('/api/accounts/' + state.account.id + '/snapshot?at=' + date).then(function (snap) {
      drawHoldings(date, snap.tickers, 'As of ' + snap.date + ', re-priced at that date\'s closes.');
    }).catch(function (e) { status(e.message, true); });
  }

  function drawRuns(runs) {
    table(document.getElementById('runs'), ['started', 'trigger', 'asked', 'used', 'reason', 'fallback', 'status',
      'dates', 'rows', 'ms'], runs.map(function (r) {
      var rows = Object.values(r.rowsByScenario || {}).reduce(function (a, b) { return a + b; }, 0);
      return [[(r.startedAt || '').replace('T', ' ').replace(/\.\d+Z$/, 'Z'), 'text'], [r.trigger || '', 'text'],
        [r.requested || '', 'text'], [r.used || '', 'text'], [r.strategyReason || '', 'text'],
        [r.fallbackReason || '—', 'text'], [r.status || '', 'text'], [String(r.dates)], [String(rows)],
        [String(r.totalMs)]];
    }), 7);
    document.getElementById('runs').dataset.rows = String(runs.length);
  }

  function showAccount(account) {
    state.account = account;
    document.getElementById('account-info').textContent = (account.broker || '') + ' · ' + account.currency;
  }

  // The money charts come first: they need only the financial rows, the smallest request.
  function showFinancials(financials) {
    drawFinancials(financials);
    window.snapfolioFirstChartMs = performance.now();
    document.body.dataset.state = 'first-chart';
    var last = financials.length ? financials[financials.length - 1].date : new Date().toISOString().slice(0, 10);
    var picker = document.getElementById('holdings-date');
    if (financials.length) {
      picker.min = financials[0].date;
    }
    picker.value = last;
    picker.onchange = function () { if (picker.value) { holdingsAt(picker.value); } };
    status(financials.length + ' snapshots');
    return last;
  }

  function showTickers(tickers) {
    state.tickers = tickers;
    drawTickers(tickers);
    window.snapfolioChartsDrawnMs = performance.now();
  }

  function finish(lastDate) {
    document.body.dataset.state = 'charts';
    return holdingsAt(lastDate).then(function () { document.body.dataset.state = 'ready'; });
  }

  function loadServed() {
    return api('/api/accounts').then(function (accounts) {
      var select = document.getElementById('account');
      accounts.forEach(function (a) {
        var o = document.createElement('option');
        o.value = String(a.id);
        o.textContent = a.name;
        select.appendChild(o);
      });
      if (accounts.length === 0) {
        status('No accounts yet: create one (snapfolio account create, or snapfolio demo).');
        document.body.dataset.state = 'ready';
        return null;
      }
      var wanted = new URLSearchParams(location.search).get('account');
      var account = accounts.find(function (a) { return a.name === wanted || String(a.id) === wanted; }) || accounts[0];
      select.value = String(account.id);
      select.onchange = function () {
        var params = new URLSearchParams(location.search);
        params.set('account', select.options[select.selectedIndex].textContent);
        location.search = params.toString();
      };
      document.title = 'Snapfolio · ' + account.name;
      showAccount(account);
      var base = '/api/accounts/' + account.id;
      // all three requests at once; each view is drawn as soon as its data is there
      var tickers = api(base + '/snapshots/tickers?columns=performance');
      var runs = api(base + '/runs?limit=10').then(drawRuns);
      var last = api(base + '/snapshots?columns=marketValue,invested,netCashFlow,realizedGains,unrealizedGains')
        .then(showFinancials);
      return Promise.all([last, tickers]).then(function (r) {
        showTickers(r[1]);
        return runs.then(function () { return finish(r[0]); });
      });
    });
  }

  function loadReport() {
    document.getElementById('account-picker').textContent = REPORT.account.name;
    document.title = 'Snapfolio report · ' + REPORT.account.name;
    showAccount(REPORT.account);
    var last = showFinancials(REPORT.financials);
    showTickers(REPORT.tickers);
    drawRuns(REPORT.runs);
    return finish(last);
  }

  window.addEventListener('resize', fitCharts);

  (REPORT ? loadReport() : loadServed()).catch(function (e) {
    status(e.message, true);
    document.body.dataset.state = 'failed';
  });
})();
