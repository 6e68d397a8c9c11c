/** Facebook-like look for the demo pages (system fonts only, nothing loaded from the internet). */
export const demoCss = `
*{box-sizing:border-box}
body{margin:0;background:#f0f2f5;color:#050505;font-family:"Segoe UI Historic","Segoe UI",Helvetica,Arial,sans-serif;font-size:15px;line-height:1.34}
a{color:inherit;text-decoration:none}
a:hover{text-decoration:underline}
[role="button"]{cursor:pointer}
.top{position:sticky;top:0;z-index:5;display:flex;align-items:center;gap:12px;height:56px;padding:0 16px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.15)}
.top .logo{font-weight:800;font-size:28px;letter-spacing:-1px;color:#0866ff}
.top input{width:240px;height:40px;border:0;border-radius:20px;padding:0 16px;background:#f0f2f5;font:inherit}
.top .nav{flex:1;display:flex;justify-content:center;gap:80px;font-size:22px;color:#65676b}
.top .me svg{display:block}
.top .login{background:#0866ff;color:#fff;font-weight:600;padding:8px 16px;border-radius:6px}
.wrap{max-width:680px;margin:16px auto;padding:0 8px}
.post{background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.2);margin-bottom:16px;padding:12px 16px 8px}
.ph{display:flex;gap:8px;align-items:center}
.ph h3{margin:0;font-size:15px;font-weight:600}
.ptime{font-size:13px;color:#65676b}
.post>[dir="auto"]{margin:12px 0}
.tx{white-space:pre-wrap;word-break:break-word}
.see-more{display:inline;font-weight:600}
.stats{display:flex;align-items:center;gap:6px;padding:10px 0;border-bottom:1px solid #ced0d4;color:#65676b}
.stats .cc{margin-left:auto}
.btns{display:flex;justify-content:space-around;padding:4px 0;border-bottom:1px solid #ced0d4;color:#65676b;font-weight:600}
.btns [role="button"]{padding:6px 24px;border-radius:4px}
.btns [role="button"]:hover{background:#f2f2f2}
.sort{padding:8px 0;font-weight:600;color:#65676b}
.blk{margin:4px 0}
.cm{display:flex;gap:6px;align-items:flex-start}
.cm .av svg{display:block}
.cb{max-width:calc(100% - 40px)}
.bubble{display:inline-block;background:#f0f2f5;border-radius:18px;padding:8px 12px}
.nm{font-weight:600;font-size:13px;display:block}
.bubble .txw{font-size:15px}
.badge{display:inline-block;font-size:12px;color:#65676b;background:#e4e6eb;border-radius:4px;padding:0 4px;margin-bottom:2px}
.act{display:flex;gap:14px;list-style:none;margin:2px 0 6px 12px;padding:0;font-size:12px;color:#65676b;font-weight:600}
.act .ed{font-weight:400}
.rep{margin-left:40px}
.more{font-weight:600;color:#65676b;font-size:15px;padding:4px 0;display:flex;gap:6px;align-items:center}
.more svg{vertical-align:middle}
.compose{display:flex;gap:8px;align-items:center;padding:8px 0}
.compose .box{flex:1;min-height:36px;background:#f0f2f5;border-radius:18px;padding:8px 12px;outline:none}
.compose .box:empty:before{content:attr(data-placeholder);color:#65676b}
.cover{height:260px;border-radius:0 0 8px 8px;background:linear-gradient(160deg,#9fc5e8,#0b5394 60%,#073763)}
.head{max-width:940px;margin:0 auto;padding:0 16px;display:flex;align-items:flex-end;gap:16px;margin-top:-40px}
.head .pic svg{border:4px solid #fff;border-radius:50%}
.head h1{margin:0 0 4px;font-size:32px}
.head .meta{color:#65676b;font-weight:600;margin-bottom:12px}
.tabs{max-width:940px;margin:8px auto 0;padding:0 16px;display:flex;gap:24px;border-top:1px solid #ced0d4;font-weight:600;color:#65676b}
.tabs a{padding:14px 4px}
.tabs a[aria-current="page"]{color:#0866ff;border-bottom:3px solid #0866ff}
.cols{max-width:940px;margin:16px auto;padding:0 16px;display:grid;grid-template-columns:360px 1fr;gap:16px;align-items:start}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.2);padding:12px 16px;margin-bottom:16px}
.card h2{margin:0 0 8px;font-size:20px}
.card ul{list-style:none;padding:0;margin:0}
.card li{padding:6px 0;display:flex;gap:8px}
.about{max-width:940px;margin:16px auto;padding:0 16px;display:grid;grid-template-columns:260px 1fr;gap:0}
.about nav{background:#fff;border-radius:8px 0 0 8px;padding:12px;border-right:1px solid #ced0d4}
.about nav a{display:block;padding:8px;border-radius:6px;font-weight:600;color:#65676b}
.about nav a[aria-current="page"]{background:#e7f3ff;color:#0866ff}
.about section{background:#fff;border-radius:0 8px 8px 0;padding:16px 24px}
.about h3{font-size:17px;margin:16px 0 8px}
.row{display:flex;gap:12px;padding:6px 0}
.sub{font-size:13px;color:#65676b}
`;

/** Fixtures are saved-page-like: structure matters, looks do not. */
export const fixtureCss = `.rep{margin-left:40px}.act{display:flex;gap:8px;list-style:none}`;
