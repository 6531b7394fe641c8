#pragma once

#include <QString>

namespace pd::pinyin {

// Lower-case pinyin initials of a name, via ICU's Han-Latin transliteration: "张三" → "zs",
// "欧阳娜娜" → "oynn". Latin words contribute their first letter; other characters nothing.
// Thread-safe; each thread keeps its own transliterator and a per-character cache.
QString initials(const QString &text);

} // namespace pd::pinyin
