"""The one place for colours, sizes and the application style sheet.

Sizes are for a 1920x1080 (or 1080x1920) touch screen viewed from about 60 cm: touch targets at least
64 px tall, body text at least 24 px. Screens use object names and dynamic properties; they never set
colours themselves. A traveller can pick a larger text size and a high-contrast palette; both are applied
by regenerating this style sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

FONT_FAMILIES = ["Noto Sans", "DejaVu Sans"]
MIN_TOUCH = 64
BODY_PX = 26
SMALL_PX = 22
TITLE_PX = 40
HEADING_PX = 32
TILE_TITLE_PX = 30
TEXT_SCALES = (1.0, 1.2, 1.4)  # the text-size steps a traveller can choose


@dataclass(frozen=True)
class Palette:
    """Colours. `contrast_pairs()` lists every text-on-background pair the style sheet uses."""

    background: str = "#F4F6F8"
    surface: str = "#FFFFFF"
    text: str = "#1B1F24"
    muted: str = "#4A5561"
    primary: str = "#0B4F8A"
    primary_pressed: str = "#093F6E"
    on_primary: str = "#FFFFFF"
    danger: str = "#A4161A"
    on_danger: str = "#FFFFFF"
    warning: str = "#7A4200"
    warning_bg: str = "#FFF1D6"
    success: str = "#1E6B34"
    on_success: str = "#FFFFFF"
    info_bg: str = "#E3EEF9"
    sample: str = "#6B2C91"
    on_sample: str = "#FFFFFF"
    border: str = "#8995A3"
    focus: str = "#F2B705"
    disabled_bg: str = "#C9D1DA"
    disabled_text: str = "#3B4550"

    def contrast_pairs(self) -> list[tuple[str, str, str]]:
        """(name, foreground, background) for every text colour used on every background it appears on."""
        return [
            ("body text", self.text, self.background),
            ("text on cards", self.text, self.surface),
            ("muted on page", self.muted, self.background),
            ("muted on cards", self.muted, self.surface),
            ("headings on page", self.primary, self.background),
            ("headings on cards", self.primary, self.surface),
            ("header and buttons", self.on_primary, self.primary),
            ("pressed buttons", self.on_primary, self.primary_pressed),
            ("urgent banner and verdicts", self.on_danger, self.danger),
            ("licensed verdict", self.on_success, self.success),
            ("licensed icon on cards", self.success, self.surface),
            ("danger icon on cards", self.danger, self.surface),
            ("caution icon on cards", self.warning, self.surface),
            ("caution verdict", self.warning, self.warning_bg),
            ("info chip", self.primary, self.info_bg),
            ("sample labels", self.on_sample, self.sample),
            ("disabled buttons", self.disabled_text, self.disabled_bg),
            ("selected choice", self.primary, self.info_bg),
            ("main task tile", self.on_primary, self.primary),
            ("read-aloud switch when on", self.on_primary, self.primary),
            ("read-aloud switch's On pill", self.primary, self.on_primary),
            ("attract screen's tasks", self.on_primary, self.primary_pressed),
            ("attract screen's language shown now", self.primary, self.on_primary),
        ]


PALETTE = Palette()
HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    primary="#FFE600",
    primary_pressed="#FFFFFF",
    on_primary="#000000",
    danger="#FFFFFF",
    on_danger="#000000",
    warning="#FFE600",
    warning_bg="#000000",
    success="#7CFF7C",
    on_success="#000000",
    info_bg="#000000",
    sample="#FFFFFF",
    on_sample="#000000",
    border="#FFFFFF",
    focus="#00E5FF",
    disabled_bg="#000000",
    disabled_text="#B0B0B0",
)


def stylesheet(p: Palette = PALETTE, scale: float = 1.0) -> str:
    """The application-wide Qt style sheet for a palette and a text scale."""

    def px(n: int) -> int:
        return round(n * scale)

    # The attract screen's sizes do not scale: it is shown only between sessions, when the text size is
    # always the default again, and its fixed layout (message, six tasks, eight languages) fills the screen.
    return f"""
    QWidget {{ font-family: "Noto Sans", "DejaVu Sans"; font-size: {px(BODY_PX)}px; color: {p.text}; }}
    #KioskWindow, QStackedWidget, #Screen {{ background: {p.background}; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
    #Header {{ background: {p.primary}; }}
    #Header QLabel {{ color: {p.on_primary}; }}
    #HeaderTitle {{ font-size: {px(HEADING_PX)}px; font-weight: 600; }}
    #HeaderButton {{ background: transparent; color: {p.on_primary}; border: 3px solid {p.on_primary};
        border-radius: 12px; padding: 6px 18px; min-height: {MIN_TOUCH - 16}px;
        font-size: {px(SMALL_PX + 2)}px; }}
    #HeaderButton:pressed {{ background: {p.primary_pressed}; }}
    #HeaderButton:focus {{ border-color: {p.focus}; }}
    #SampleStrip {{ background: {p.sample}; color: {p.on_sample}; font-size: {px(SMALL_PX)}px;
        padding: 6px 16px; }}
    #SampleBadge {{ background: {p.sample}; color: {p.on_sample}; font-size: {px(SMALL_PX - 4)}px;
        font-weight: 700; border-radius: 6px; padding: 2px 8px; }}
    #LanguageBar {{ background: {p.surface}; border-bottom: 2px solid {p.border}; }}
    #Tile {{ background: {p.surface}; border: 3px solid {p.border}; border-radius: 18px; }}
    #Tile[urgent="true"] {{ border-color: {p.danger}; }}
    #Tile:focus {{ border-color: {p.focus}; }}
    #TileTitle {{ font-size: {px(TILE_TITLE_PX)}px; font-weight: 600; }}
    #TileText {{ color: {p.muted}; font-size: {px(SMALL_PX)}px; }}
    #Icon {{ color: {p.primary}; }}
    #Tile[urgent="true"] #Icon {{ color: {p.danger}; }}
    #Tile[big="true"] #TileTitle {{ font-size: {px(TITLE_PX)}px; font-weight: 700; }}
    #Tile[big="true"] #TileText {{ font-size: {px(BODY_PX + 2)}px; }}
    #Tile[level="safe"] {{ border-color: {p.success}; }}
    #Tile[level="safe"] #Icon {{ color: {p.success}; }}
    #Tile[level="caution"] {{ border-color: {p.warning}; }}
    #Tile[level="caution"] #Icon {{ color: {p.warning}; }}
    #Tile[level="danger"] {{ border-color: {p.danger}; }}
    #Tile[level="danger"] #Icon {{ color: {p.danger}; }}
    #HeroTile {{ background: {p.primary}; border: 3px solid {p.primary}; border-radius: 22px; }}
    #HeroTile:focus {{ border-color: {p.focus}; }}
    #HeroTile QLabel {{ color: {p.on_primary}; }}
    #HeroTile #TileTitle {{ font-size: {px(TITLE_PX + 8)}px; font-weight: 800; }}
    #HeroTile #TileText {{ font-size: {px(BODY_PX + 2)}px; }}
    #AudioToggle {{ background: {p.surface}; border: 3px solid {p.primary}; border-radius: 18px; }}
    #AudioToggle:focus {{ border-color: {p.focus}; }}
    #AudioToggle[on="true"] {{ background: {p.primary}; }}
    #AudioToggle[on="true"]:focus {{ border-color: {p.focus}; }}
    #AudioToggle[on="true"] QLabel {{ color: {p.on_primary}; }}
    #AudioToggle[available="false"] {{ border-color: {p.border}; }}
    #AudioToggle[available="false"] QLabel {{ color: {p.muted}; }}
    #TogglePill {{ background: {p.surface}; color: {p.primary}; border: 3px solid {p.primary};
        border-radius: 16px; padding: 4px 20px; font-size: {px(BODY_PX)}px; font-weight: 800; }}
    #AudioToggle[on="true"] #TogglePill {{ background: {p.on_primary}; color: {p.primary};
        border-color: {p.on_primary}; }}
    #Banner {{ background: {p.danger}; border-radius: 14px; }}
    #Banner {{ border: 3px solid {p.danger}; }}
    #Banner:focus {{ border-color: {p.focus}; }}
    #Banner QLabel {{ color: {p.on_danger}; }}
    #BannerTitle {{ font-size: {px(HEADING_PX - 4)}px; font-weight: 700; }}
    #BannerKicker {{ font-size: {px(SMALL_PX)}px; font-weight: 700; }}
    #BannerNote {{ font-size: {px(SMALL_PX)}px; }}
    #ScreenTitle {{ font-size: {px(TITLE_PX)}px; font-weight: 700; color: {p.text}; }}
    #Lead {{ font-size: {px(BODY_PX + 2)}px; color: {p.text}; }}
    #Muted {{ color: {p.muted}; font-size: {px(SMALL_PX)}px; }}
    #SectionTitle {{ font-size: {px(HEADING_PX)}px; font-weight: 700; color: {p.primary}; }}
    #Severity {{ border-radius: 8px; padding: 4px 12px; font-weight: 700; font-size: {px(SMALL_PX)}px; }}
    #Severity[level="urgent"] {{ background: {p.danger}; color: {p.on_danger}; }}
    #Severity[level="warning"] {{ background: {p.warning_bg}; color: {p.warning};
        border: 2px solid {p.warning}; }}
    #Severity[level="info"] {{ background: {p.info_bg}; color: {p.primary}; border: 2px solid {p.primary}; }}
    #Card {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 16px; }}
    QPushButton {{ background: {p.primary}; color: {p.on_primary}; border: 3px solid {p.primary};
        border-radius: 14px;
        padding: 10px 24px; min-height: {MIN_TOUCH - 20}px; font-size: {px(BODY_PX)}px; font-weight: 600; }}
    QPushButton:pressed {{ background: {p.primary_pressed}; }}
    QPushButton:focus {{ outline: none; border-color: {p.focus}; }}
    QPushButton:disabled {{ background: {p.disabled_bg}; color: {p.disabled_text};
        border-color: {p.disabled_bg}; }}
    #SecondaryButton {{ background: {p.surface}; color: {p.primary}; border: 3px solid {p.primary}; }}
    #SecondaryButton:focus {{ border-color: {p.focus}; }}
    #LanguageButton {{ font-size: {px(44)}px; min-height: 120px; border-radius: 24px; }}
    #Attract {{ background: {p.primary}; }}
    #AttractMessage {{ font-size: 56px; font-weight: 700; color: {p.on_primary}; }}
    #AttractHint {{ font-size: 36px; font-weight: 600; color: {p.on_primary}; }}
    #AttractTask {{ background: {p.primary_pressed}; border-radius: 22px; }}
    #AttractTask QLabel, #AttractTask #Icon {{ color: {p.on_primary}; }}
    #AttractTaskTitle {{ font-size: {TILE_TITLE_PX}px; font-weight: 700; }}
    #AttractLanguage {{ background: transparent; color: {p.on_primary}; border: 3px solid {p.on_primary};
        border-radius: 16px; padding: 6px 16px; min-height: {MIN_TOUCH - 16}px; font-size: {BODY_PX + 2}px; }}
    #AttractLanguage[current="true"] {{ background: {p.on_primary}; color: {p.primary}; }}
    #AttractLanguage:focus {{ border-color: {p.focus}; }}
    QLineEdit {{ background: {p.surface}; color: {p.text}; border: 3px solid {p.primary}; border-radius: 14px;
        padding: 8px 16px; min-height: {MIN_TOUCH - 16}px; font-size: {px(HEADING_PX)}px; }}
    QLineEdit:focus {{ border-color: {p.focus}; }}
    #KeyboardKey, #KeyboardWideKey {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
        border-radius: 12px; font-size: {HEADING_PX}px; font-weight: 500; padding: 0; }}
    #KeyboardKey:pressed, #KeyboardWideKey:pressed {{ background: {p.info_bg}; }}
    #KeyboardWideKey {{ font-size: {SMALL_PX + 2}px; }}
    #Verdict {{ border-radius: 20px; }}
    #Verdict[level="safe"] {{ background: {p.success}; }}
    #Verdict[level="caution"] {{ background: {p.warning_bg}; border: 4px solid {p.warning}; }}
    #Verdict[level="danger"] {{ background: {p.danger}; }}
    #Verdict[level="info"] {{ background: {p.info_bg}; border: 4px solid {p.primary}; }}
    #Verdict[level="info"] QLabel {{ color: {p.primary}; }}
    #Verdict[level="safe"] QLabel {{ color: {p.on_success}; }}
    #Verdict[level="danger"] QLabel {{ color: {p.on_danger}; }}
    #Verdict[level="caution"] QLabel {{ color: {p.warning}; }}
    #VerdictHeadline {{ font-size: {px(48)}px; font-weight: 800; }}
    #VerdictName {{ font-size: {px(HEADING_PX)}px; font-weight: 600; }}
    #VerdictText {{ font-size: {px(BODY_PX + 2)}px; }}
    #Choice {{ background: {p.surface}; color: {p.text}; border: 3px solid {p.border}; text-align: left;
        padding: 14px 24px; min-height: {MIN_TOUCH + 8}px; }}
    #Choice:checked {{ background: {p.primary}; border-color: {p.primary}; color: {p.on_primary}; }}
    #Choice:focus {{ border-color: {p.focus}; }}
    #Choice[tall="true"] {{ min-height: {MIN_TOUCH + 64}px; }}
    #Chip {{ background: {p.surface}; color: {p.text}; border: 3px solid {p.border}; border-radius: 32px;
        padding: 6px 20px; min-height: {MIN_TOUCH - 16}px; }}
    #Chip:checked {{ background: {p.primary}; border-color: {p.primary}; color: {p.on_primary}; }}
    #Chip:focus {{ border-color: {p.focus}; }}
    #StepSegment {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 7px; }}
    #StepSegment[state="done"], #StepSegment[state="current"] {{ background: {p.primary};
        border-color: {p.primary}; }}
    #StepName {{ color: {p.muted}; font-size: {px(SMALL_PX)}px; }}
    #StepName[state="current"] {{ color: {p.primary}; font-weight: 700; }}
    #BigAction {{ font-size: {px(TILE_TITLE_PX)}px; font-weight: 700; min-height: 96px;
        border-radius: 20px; }}
    #ReviewSummary {{ font-size: {px(TILE_TITLE_PX)}px; }}
    #AnswerButton {{ font-size: {px(HEADING_PX)}px; font-weight: 700; border-radius: 20px; }}
    #BigChoice {{ font-weight: 700; border-radius: 20px; text-align: left; padding: 14px 24px; }}
    #BigChoice[secondary="true"] {{ background: {p.surface}; color: {p.primary}; }}
    #BigChoice:focus {{ border-color: {p.focus}; }}
    #Hotline {{ background: {p.surface}; border: 3px solid {p.primary}; border-radius: 16px; }}
    #PhoneNumber {{ font-size: {px(HEADING_PX + 4)}px; font-weight: 800; color: {p.primary}; }}
    #Reference {{ font-size: {px(56)}px; font-weight: 800; color: {p.primary}; }}
    QScrollBar:vertical {{ width: 20px; background: {p.background}; }}
    QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 10px; min-height: 60px; }}
    """
