"""The article reader."""

from __future__ import annotations

from content.markdown import spoken_text
from kiosk.services.locale_text import long_date
from kiosk.services.store import Article, Topic
from screens.reader import ReaderScreen, markdown_label
from screens.widgets.labels import text_label


class ArticleScreen(ReaderScreen):
    READS_ON_WORKER = True

    def refresh(self) -> None:
        super().refresh()
        self.begin()
        self.set_side("", [])
        self._speech = ""
        store, lang, article_id = self.ctx.store, self.lang, self.params.get("article_id", "")

        def read() -> tuple[Article | None, Topic | None]:
            article = store.article(article_id, lang)
            return article, store.topic(article.topic, lang) if article else None

        self.set_title(self.tr("Article"))
        self.load_content(read, lambda found: self._show(*found))

    def _show(self, article: Article | None, topic: Topic | None) -> None:
        self.set_title(topic.title if topic else self.tr("Article"))
        if article is None:
            self.text_column.addWidget(text_label(self.tr("This article is no longer available."), "Lead"))
            self._speech = self.tr("This article is no longer available.")
            return
        titled = self.add_title(article.title, article.sample, article.fallback)
        self.text_column.addWidget(text_label(article.summary, "Lead"))
        self.text_column.addWidget(markdown_label(article.body))
        self.set_side(
            self.phone_qr(f"article/{article.id}", article.qr, article.sample),
            [
                self.tr("Source: {source}").format(source=article.source),
                self.tr("Checked on: {date}").format(date=long_date(article.reviewed_on, self.lang)),
            ],
        )
        # What a reader sees, in the order it stands: the title (and the note on its language), the text,
        # then the side column's source and date.
        self._speech = "\n".join([". ".join(titled), article.summary, spoken_text(article.body),
                                  ". ".join(self.side_text())])

    def speech_text(self) -> str:
        return self.status_text() or self._speech
