"""Words that carry no topic, in the kiosk's languages (as search keys: Latin, no apostrophes). A question
made of nothing else has no answer; these words still count in how much of a question an answer covers."""

from __future__ import annotations

from content.search.normalize import search_key

_WORDS = """
a an the and or not no is are was be been to of in on at for with from by as it this that these those
i me my mine you your we our he she they them his her their what how why when where who which whom can
could should would will do does did have has had if so but about there here any some all just also than
и или не ни в во на с со к ко по за до от для из у о об а но же ли бы что как где когда кто почему зачем
мне меня мой моя мои моё я ты вы он она они мы его её их это этот эта эти там тут есть был была было
можно нужно надо ли ещё уже
va yoki emas ham bilan uchun bu shu u men mening sen siz biz ular nima nega qanday qachon qayerda kim
qaysi edi ekan bor yoʻq kerak mumkin menga sizga
ва ё ёки эмас ҳам билан учун бу шу у мен менинг сиз биз улар нима нега қандай қачон қаерда ким қайси
мен менің сен сіз біз олар не неге қалай қашан қайда кім және немесе емес да де ма ме ба бе па пе
менин сен силер биз алар эмне эмнеге кантип качан кайда ким жана же эмес
ман ту шумо мо онҳо чӣ чаро чӣ тавр кай куҷо кӣ ва ё не дар ба аз бо барои то ки ин он ҳам
men meniń sen siz biz olar ne nege qalay qashan qayda kim hám yamasa emes
"""

STOPWORDS: frozenset[str] = frozenset(key for word in _WORDS.split() for key in search_key(word).split())
