using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AgentGen.Tests.Lenient;

/// <summary>
/// Random and mutated model answers, deterministic per seed: a quarter random strings over JSON's punctuation and
/// the characters repairs look for, the rest corpus answers with one to three characters removed, inserted, cut off,
/// replaced by any character, or replaced by a lone surrogate.
/// </summary>
internal static class FuzzInputs
{
    private const string Alphabet = "{}[]\"':,/*#\\\n \tTNa1-.`<>e";

    public static IEnumerable<string> Generate(int seed, int count)
    {
        var random = new Random(seed);
        string[] seeds = Corpus.Rows.Values.Select(r => r.Answer).Where(a => a.Length < 400).ToArray();
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Clear();
            if (i % 4 == 0)
            {
                int length = random.Next(0, 40);
                for (int j = 0; j < length; j++)
                {
                    builder.Append(Alphabet[random.Next(Alphabet.Length)]);
                }
            }
            else
            {
                builder.Append(seeds[random.Next(seeds.Length)]);
                for (int m = random.Next(1, 4); m > 0 && builder.Length > 0; m--)
                {
                    int at = random.Next(builder.Length);
                    switch (random.Next(5))
                    {
                        case 0: builder.Remove(at, 1); break;
                        case 1: builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                        case 2: builder.Length = at; break;
                        case 3: builder[at] = (char)random.Next(0, 0x3000); break;
                        default: builder[at] = (char)random.Next(0xD800, 0xE000); break;
                    }
                }
            }

            yield return builder.ToString();
        }
    }
}
