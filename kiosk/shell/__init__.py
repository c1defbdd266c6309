"""The Qt shell around the screens: navigator, idle timeout, lockdown, keypad, watchdog, language switch."""
