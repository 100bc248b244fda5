using System;
using System.Text;

namespace NewsFacts
{
    /// <summary>
    /// Decodes the UTF-8 of the compiled tables with a plain loop. In a fresh process the first call of
    /// <see cref="Encoding.UTF8"/> costs about 2 ms (its vectorized transcoder and the types behind it load and
    /// initialize), several times the JIT of this one method. Well-formed UTF-8, which is all the generator
    /// writes, decodes here; anything else is handed to <see cref="Encoding.UTF8"/>, so the result is always
    /// that of <c>Encoding.UTF8.GetString</c>.
    /// </summary>
    internal static class Utf8Text
    {
        public static string Decode(ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty)
            {
                return string.Empty;
            }

            // UTF-16 never needs more code units than UTF-8 has bytes.
            var chars = new char[utf8.Length];
            int count = 0;
            for (int i = 0; i < utf8.Length; i++)
            {
                int lead = utf8[i], c = lead;
                if (lead >= 0x80)
                {
                    // The lead byte says how many continuation bytes (10xxxxxx) follow.
                    int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
                    if (lead < 0xC2 || lead > 0xF4 || i + more >= utf8.Length)
                    {
                        return Fallback(utf8);
                    }

                    c &= 0x3F >> more;
                    for (int k = 0; k < more; k++)
                    {
                        int next = utf8[++i];
                        if ((next & 0xC0) != 0x80)
                        {
                            return Fallback(utf8);
                        }

                        c = (c << 6) | (next & 0x3F);
                    }

                    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
                    if (c < (more == 1 ? 0x80 : more == 2 ? 0x800 : 0x10000) || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
                    {
                        return Fallback(utf8);
                    }

                    if (c >= 0x10000)
                    {
                        chars[count++] = (char)(0xD7C0 + (c >> 10));
                        c = 0xDC00 + (c & 0x3FF);
                    }
                }

                chars[count++] = (char)c;
            }

            return new string(chars, 0, count);
        }

        private static unsafe string Fallback(ReadOnlySpan<byte> utf8)
        {
#if NETSTANDARD2_0
            fixed (byte* bytes = utf8)
            {
                return Encoding.UTF8.GetString(bytes, utf8.Length);
            }
#else
            return Encoding.UTF8.GetString(utf8);
#endif
        }
    }
}
