"""Error placeholders that digest generators write instead of a summary."""

from __future__ import annotations

import re

# Each pattern matches a whole field text (after stripping bold markers and whitespace).
_PATTERNS = [
    r"error",
    r"error\s*[:：].*",
    r".*api\s*(quota|配额).*",
    r".*(达到|超出|超过).{0,6}(配额|限额|限制).*",
    r"请联系管理员.*",
    r"(summary|tl;?dr|abstract|motivation|method|result|conclusion|analysis)?\s*(generation|analysis|extraction)?\s*"
    r"(failed|unavailable|not available|error)\.?",
    r"(motivation|method|result|conclusion|summary)\s+\w+\s+(failed|unavailable)\.?",
    r"(n/?a|none|null|tbd|todo|-+|\.\.\.|…)",
    r"(生成|摘要|总结|分析)?(失败|不可用|出错|错误)。?",
    r"\{\w+\}",  # unrendered template fields such as {cate}
    r"请(?:快速|先|直接|自行)?(?:查看|阅读|参阅).{0,40}",  # a note sending the reader to the paper ("请快速查看方法图和主要实验表确认具体贡献。")
]
_PLACEHOLDER = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.DOTALL)


def is_placeholder(text: str) -> bool:
    """True when ``text`` is an error placeholder or empty, not a real summary."""
    stripped = text.strip().strip("*").strip()
    if not stripped:
        return True
    if len(stripped) > 120:  # real placeholders are short; long texts that mention "error" are content
        return False
    return _PLACEHOLDER.fullmatch(stripped) is not None
