using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AgentGen.Tests.Tools;

/// <summary>
/// Turns valid JSON into the broken JSON models produce: flipped, inserted and deleted bytes, truncation, duplicated keys,
/// swapped value types, deep nesting, invalid UTF-8, huge numbers, NaN-like literals and splices of two inputs.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class JsonMutator(Random random, IReadOnlyList<byte[]> corpus)
{
    private static readonly byte[][] s_tokens = Utf8(
        "{", "}", "[", "]", "\"", ",", ":", " ", "\n", "null", "true", "false", "NaN", "-Infinity", "Infinity", "undefined", "1e400", "-1e-400",
        "18446744073709551616", "-9223372036854775809", "0.1e", "-", "00", "1.", ".5", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\\", "\\u12",
        "//", "/*", "*/", "'", "\"\\uZZZZ\"", "1_000", "0x1F", "```", "```json\n");

    private static readonly byte[][] s_values = Utf8(
        "\"text\"", "123", "-1", "2.5", "0", "-0", "1e400", "-1e400", "[]", "{}", "null", "true", "false", "[1,\"a\",null,{}]", "{\"a\":{\"b\":[]}}",
        "\"2026-11-24\"", "\"2026-11-24T08:00:00Z\"", "\"low\"", "\"EMAIL\"", "\"sms-text\"", "\"00:00:00\"", "\"25:61:99\"", "\"0f8fad5b-d9cb-469f-a165-70867728950e\"",
        "99999999999999999999999999999999", "\"\\ud83d\"", "\"\\ud83d\\ude00\"", "NaN", "\"NaN\"", "\"Infinity\"", "\"-0\"", "\"1e5\"", "\"12\"", "1.0000000000000000000001",
        "4294967296", "-129", "256", "65536", "\"https://x.example\"", "\"relative/uri\"", "\"\"", "\" \"");

    private static readonly byte[][] s_noise = Utf8(" ", "\t\r\n", "/* c */", "// c\n", ",", ",,");

    private static readonly byte[][] s_literals = Utf8("NaN", "Infinity", "-Infinity", "nan", "None", "True", "undefined", "'single'", "unquoted");

    private static readonly byte[][] s_badUtf8 = [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3], [0xE2, 0x82], [0x80], [0xEF, 0xBB, 0xBF], [0x00]];

    public byte[] Next()
    {
        int roll = random.Next(100);
        if (roll < 2)
        {
            return RandomBytes();
        }

        if (roll < 5)
        {
            return TokenSoup();
        }

        var data = new List<byte>(Pick(corpus));
        int mutations = roll < 60 ? 1 : 1 + random.Next(4);
        for (int i = 0; i < mutations; i++)
        {
            Mutate(data);
        }

        return [.. data];
    }

    private void Mutate(List<byte> data)
    {
        switch (random.Next(13))
        {
            case 0 when data.Count > 0:
                data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                data.Insert(random.Next(data.Count + 1), (byte)random.Next(256));
                break;
            case 2:
                data.InsertRange(random.Next(data.Count + 1), Pick(s_tokens));
                break;
            case 3 when data.Count > 0:
                int start = random.Next(data.Count);
                data.RemoveRange(start, Math.Min(data.Count - start, 1 + random.Next(12)));
                break;
            case 4 when data.Count > 0:
                int cut = random.Next(data.Count);
                data.RemoveRange(cut, data.Count - cut);
                break;
            case 5:
                DuplicateMember(data);
                break;
            case 6:
                ReplaceValue(data, Pick(s_values));
                break;
            case 7:
                Nest(data);
                break;
            case 8:
                int quote = RandomIndexOf(data, (byte)'"');
                data.InsertRange(quote < 0 ? random.Next(data.Count + 1) : quote + 1, Pick(s_badUtf8));
                break;
            case 9:
                ReplaceValue(data, HugeNumber());
                break;
            case 10:
                byte[] other = Pick(corpus);
                int keep = random.Next(data.Count + 1);
                data.RemoveRange(keep, data.Count - keep);
                data.AddRange(other.Skip(random.Next(other.Length + 1)));
                break;
            case 11:
                data.InsertRange(random.Next(data.Count + 1), Pick(s_noise));
                break;
            default:
                ReplaceValue(data, Pick(s_literals));
                break;
        }
    }

    /// <summary>Copies one member (from a comma or brace to the next comma) right after itself: duplicate keys.</summary>
    private void DuplicateMember(List<byte> data)
    {
        int start = RandomIndexOf(data, (byte)',');
        if (start < 0)
        {
            return;
        }

        int colon = data.IndexOf((byte)':', start);
        if (colon < 0)
        {
            return;
        }

        int end = ValueEnd(data, colon + 1);
        data.InsertRange(end, data.GetRange(start, end - start));
    }

    private void ReplaceValue(List<byte> data, byte[] replacement)
    {
        int colon = RandomIndexOf(data, (byte)':');
        if (colon < 0)
        {
            data.InsertRange(random.Next(data.Count + 1), replacement);
            return;
        }

        int end = ValueEnd(data, colon + 1);
        data.RemoveRange(colon + 1, end - colon - 1);
        data.InsertRange(colon + 1, replacement);
    }

    private void Nest(List<byte> data)
    {
        int depth = 20 + random.Next(400);
        bool arrays = random.Next(2) == 0;
        byte[] open = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(arrays ? "[" : "{\"a\":", depth)));
        byte[] close = random.Next(4) == 0 ? [] : Encoding.UTF8.GetBytes(new string(arrays ? ']' : '}', depth));
        int colon = RandomIndexOf(data, (byte)':');
        int at = colon < 0 ? random.Next(data.Count + 1) : colon + 1;
        int end = colon < 0 ? at : ValueEnd(data, at);
        data.InsertRange(end, close);
        data.InsertRange(at, open);
    }

    private byte[] HugeNumber() => random.Next(4) switch
    {
        0 => Encoding.ASCII.GetBytes("1" + new string('9', 20 + random.Next(600))),
        1 => Encoding.ASCII.GetBytes("-0." + new string('0', random.Next(400)) + "1"),
        2 => Encoding.ASCII.GetBytes("1e" + random.Next(300, 100_000)),
        _ => Encoding.ASCII.GetBytes(random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) + random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(64)];
        random.NextBytes(bytes);
        return bytes;
    }

    private byte[] TokenSoup()
    {
        var data = new List<byte>();
        for (int i = random.Next(40); i > 0; i--)
        {
            data.AddRange(random.Next(2) == 0 ? Pick(s_tokens) : Pick(s_values));
        }

        return [.. data];
    }

    /// <summary>The index just past the JSON value starting at <paramref name="start"/> (after optional whitespace), roughly.</summary>
    private static int ValueEnd(List<byte> data, int start)
    {
        int i = start;
        while (i < data.Count && data[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }

        int depth = 0;
        bool inString = false;
        for (; i < data.Count; i++)
        {
            byte b = data[i];
            if (inString)
            {
                if (b == '\\')
                {
                    i++;
                }
                else if (b == '"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }
            }
            else if (b == '"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                if (depth == 0)
                {
                    return i;
                }

                if (--depth == 0)
                {
                    return i + 1;
                }
            }
            else if (b == ',' && depth == 0)
            {
                return i;
            }
        }

        return data.Count;
    }

    private int RandomIndexOf(List<byte> data, byte value)
    {
        if (data.Count == 0)
        {
            return -1;
        }

        int from = random.Next(data.Count);
        int index = data.IndexOf(value, from);
        return index >= 0 ? index : data.IndexOf(value);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static byte[][] Utf8(params string[] texts) => texts.Select(Encoding.UTF8.GetBytes).ToArray();
}
