import type { PostData, ThreadComment } from './markup';
import { people as P, sjovik } from './people';

const c = (id: string, by: ThreadComment['by'], time: string, lines: string[], more: Partial<ThreadComment> = {}): ThreadComment => ({
  id, by, time, lines, ...more,
});

/** tests/fixtures/facebook/post-sv.html: Swedish UI, 8 comments + 6 replies (one reply to a reply). */
export const postSv: PostData = {
  id: '1190000000000001',
  pfbid: 'pfbid0SnoPlog2026aBcDeFgHiJkLmNoPqRsTuVwXyZ',
  by: sjovik,
  time: '2 d',
  timeLabel: 'för 2 dagar sedan',
  lines: ['Snöröjningen pågår i hela kommunen ❄️ Huvudleder och bussgator plogas först, sedan bostadsgator.', 'Frågor? Skriv här så svarar vi vardagar 8–17.'],
  reactions: 57,
  commentCount: 14,
  comments: [
    c('7001', P.birgitta, '2 d', ['När plogas Björkvägen? Vi har inte sett en plog på tre dagar.'], {
      replies: [
        c('7002', sjovik, '1 d', ['Hej Birgitta! Björkvägen plogas i dag före kl. 16. /Johan, webbredaktör'], {
          badge: true,
          replies: [c('7003', P.birgitta, '23 tim', ['Tack för snabbt svar! 👍'])],
        }),
      ],
    }),
    c('7004', P.goran, '1 d', ['Sandningen på cykelbanan vid skolan är obefintlig. Någon kommer att halka.'], { edited: true }),
    c('7005', P.fatima, '5 tim', ['Hur anmäler jag att gatubelysningen är trasig på Ekvägen? [[emoji:💡]]'], {
      hidden: { name: 'Sjöviks kommun', count: 1 },
    }),
    c('7006', P.olle, '3 tim', ['Jag vill bara säga att personalen som plogar på nätterna gör ett fantastiskt jobb, jag ser dem när jag går till jobbet klockan fem varje morgon och'], {
      seeMore: true,
      replies: [
        c('7007', sjovik, '2 tim', ['Tack Olle, vi framför berömmet till dem!'], { badge: true }),
        c('7008', P.olle, '1 tim', ['👍']),
      ],
      hidden: 'more',
    }),
    c('7009', P.ebba, '45 min', ['Varför har ni inte svarat på mitt mejl om snön på förskolans tak??'], {
      replies: [
        c('7010', sjovik, '30 min', ['Hej Ebba, vi hittar inget mejl från dig. Skicka det gärna till kommun@sjovik.se så diarieför vi det. /Anna, kommunikatör'], { badge: true }),
        c('7011', P.ebba, '10 min', ['Skickat nu.']),
      ],
    }),
    c('7012', P.rolf, '1 v', ['Bra jobbat med plogningen i år!']),
    c('7013', sjovik, '6 d', ['Uppdatering: alla huvudleder är nu plogade. /Anna, kommunikatör'], { badge: true }),
    c('7014', P.stina, 'Just nu', ['Tack! ❄️☃️']),
  ],
};

/**
 * tests/fixtures/facebook/post-en.html: English UI, logged out, 5 comments + 3 replies. The time
 * links carry no reply_comment_id, so replies are found from the nesting alone.
 */
const noReplyId = { replyIdInLink: false } as const;
export const postEn: PostData = {
  id: '1190000000000002',
  pfbid: 'pfbid0SommarJobb2027QwErTyUiOpAsDfGhJkL',
  by: sjovik,
  time: '2d',
  timeLabel: '2 days ago',
  lines: ['Sommarjobb för unga 2027: ansökan öppnar 1 december på sjovik.se/sommarjobb ☀️'],
  reactions: 88,
  commentCount: 8,
  moreComments: true,
  comments: [
    c('8001', P.liam, '3h', ['Can international students apply?'], {
      replies: [c('8002', sjovik, '2h', ['Yes, if you are registered in Sjövik. /Johan, webbredaktör'], { badge: true, ...noReplyId })],
    }),
    c('8003', P.noor, '1d', ['Hur gammal måste man vara?'], {
      edited: true,
      replies: [c('8004', sjovik, '20h', ['Du ska vara född 2008–2011. /Anna, kommunikatör'], { badge: true, ...noReplyId })],
      hidden: 'more',
    }),
    c('8005', P.jakob, '1w', ['Bra initiativ! 👏']),
    c('8006', P.sofia, '5m', ['Where do I send my CV?']),
    c('8007', P.mikael, '2w', ['Förra året fick min son inget svar alls på sin ansökan trots att han skickade in allt i tid, och när vi ringde växeln visste ingen vem som hade hand om'], {
      seeMore: true,
      replies: [c('8008', P.annaS, '1w', ['Samma sak hände oss.'], noReplyId)],
      hidden: { name: 'Sjöviks kommun', count: 1 },
    }),
  ],
};

/** tests/fixtures/facebook/hostile-sv.html: text that must stay text, and a 100 KB comment. */
export const LONG_SENTENCE = 'Jag har mycket att säga om budgeten. ';
export const hostileSv: PostData = {
  id: '1190000000000003',
  pfbid: 'pfbid0BudgetFragor2027ZxCvBnMaSdFgHj',
  by: sjovik,
  time: '1 d',
  timeLabel: 'för 1 dag sedan',
  lines: ['Fråga oss om budgeten för 2027!'],
  reactions: 12,
  commentCount: 6,
  comments: [
    c('9001', P.lars, '5 tim', ['<script>alert(1)</script>']),
    c('9002', P.karin, '4 tim', ['Titta här <img src=x onerror=alert(1)>']),
    c('9003', P.mats, '3 tim', ['Ring mig \u202E24 60 471-070\u202C nu']),
    c('9004', P.per, '2 tim', [LONG_SENTENCE.repeat(2800).trim()]),
    c('9005', P.hostile, '1 tim', ['Namnet ser konstigt ut']),
    c('9006', P.emma, '10 min', ['Hej\u200b\u200b 👩‍👩‍👧‍👦 🇸🇪']),
  ],
};
