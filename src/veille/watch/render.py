"""The words of a notification, a digest and a feed entry: the watch's name, the article, each fact as a line
with its proof, and the link to the article's page (``{public_url}/articles/{id}``)."""

from __future__ import annotations

from ..store.models import Watch, WatchNotification


def article_link(public_url: str, article_id: int) -> str:
    return f"{public_url.rstrip('/')}/articles/{article_id}"


def facts_text(notification: WatchNotification) -> str:
    """Each fact on its line, its proof under it in guillemets (unless the line is the proof)."""
    lines = []
    for fact in notification.facts.get("facts", []):
        lines.append(f"• {fact['line']}")
        if fact["proof"] and fact["proof"] != fact["line"]:
            lines.append(f"  « {fact['proof']} »")
    return "\n".join(lines)


def notification_message(watch: Watch, notification: WatchNotification, title: str | None,
                         public_url: str) -> tuple[str, str]:
    """The subject and body of one notification."""
    heading = title or f"article {notification.article_id}"
    body = (f"Veille « {watch.name} » : {heading}\n\n{facts_text(notification)}\n\n"
            f"{article_link(public_url, notification.article_id)}")
    return f"veille · {watch.name} · {heading}", body


def digest_message(watch: Watch, items: list[tuple[WatchNotification, str | None]],
                   public_url: str) -> tuple[str, str]:
    """The subject and body of a digest: every article of the period, oldest first."""
    parts = [f"Veille « {watch.name} » : {len(items)} article(s)"]
    for notification, title in items:
        parts.append(f"{title or f'article {notification.article_id}'}\n{facts_text(notification)}\n"
                     f"{article_link(public_url, notification.article_id)}")
    return f"veille · {watch.name} · résumé de {len(items)} article(s)", "\n\n".join(parts)
