/*
 * Plain ES5 on purpose: it must parse where the pane's bundle cannot. Excel installs that lack the
 * Edge WebView2 control (Office 2016/2019 volume editions, or a machine without WebView2) host
 * add-ins in Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML); the React bundle does not run
 * there, so instead of a blank pane the user is told why and what to do.
 */
(function () {
  var ua = window.navigator.userAgent;
  if (ua.indexOf('Trident/') === -1 && ua.indexOf('Edge/') === -1) return;
  var lang = (window.navigator.language || 'zh-CN').toLowerCase();
  var text =
    lang.indexOf('zh-tw') === 0 || lang.indexOf('zh-hk') === 0 || lang.indexOf('zh-hant') === 0
      ? '此版本的 Excel 使用舊版瀏覽器元件（Internet Explorer / Edge 舊版），無法執行支部台帳助手。請使用 Microsoft 365、Office 2021 或更新版本的 Excel，或 Excel 網頁版。'
      : lang.indexOf('zh') === 0
        ? '此版本的 Excel 使用旧版浏览器组件（Internet Explorer / 旧版 Edge），无法运行支部台账助手。请使用 Microsoft 365、Office 2021 或更高版本的 Excel，或 Excel 网页版。'
        : 'This Excel hosts add-ins in Internet Explorer or Edge Legacy, where Branch Ledger cannot run. Please use Excel from Microsoft 365, Office 2021 or later, or Excel on the web.';
  document.documentElement.setAttribute('data-unsupported-webview', 'true');
  var root = document.getElementById('root');
  if (!root) return;
  var p = document.createElement('p');
  p.style.cssText = 'margin:16px;font:14px "Microsoft YaHei",sans-serif;color:#9c0006';
  p.appendChild(document.createTextNode(text));
  root.appendChild(p);
})();
