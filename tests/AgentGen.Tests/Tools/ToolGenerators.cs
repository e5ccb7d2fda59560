using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace AgentGen.Tests.Tools;

/// <summary>CsCheck generators of valid test-tool values: every value they produce satisfies the tool's constraints.</summary>
internal static class ToolGenerators
{
    /// <summary>Text with the characters that break naive JSON: quotes, backslashes, controls, non-ASCII and surrogate pairs.</summary>
    public static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOf("a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "\u007f", "é", "€", "\u2028", "😀", "</script>", "{", "}", "[", ",", ":", "null")
            .List[0, 8]
            .Select(parts => string.Concat(parts)),
        Gen.String.Where(text => !HasLoneSurrogate(text)));

    /// <summary>Short text of characters that count the same in .NET and in JSON Schema (one UTF-16 unit per code point).</summary>
    public static Gen<string> BmpText(int minLength, int maxLength) => Gen.Char["abcxyzABC XYZ019-_.\"\\é€\n"].Array[minLength, maxLength].Select(chars => new string(chars));

    public static readonly Gen<string> Key = Gen.OneOf(Text, Gen.OneOf("", "a", "on call", "$.x", "'q'", "Ünïcödé"));

    public static readonly Gen<double> FiniteDouble = Gen.OneOf(Gen.Double.Where(double.IsFinite), Gen.OneOf(0.0, -0.0, double.Epsilon, double.MaxValue, double.MinValue, 0.1, 1e-300));

    public static readonly Gen<float> FiniteSingle = Gen.OneOf(Gen.Single.Where(float.IsFinite), Gen.OneOf(0f, float.Epsilon, float.MaxValue, float.MinValue, 0.1f));

    public static readonly Gen<string> Email = Gen.Select(Gen.Char["abc.xyz_-+019"].Array[1, 10], Gen.Char["abcdefghijklmnop"].Array[1, 8], (local, domain) => new string(local) + "@" + new string(domain) + ".com");

    public static readonly Gen<Contact> Contact = Gen.Select(Text, Email, (name, email) => new Contact(name, email));

    public static readonly Gen<Uri> AbsoluteUri = Gen.Select(
        Gen.OneOf("https://example.com/", "http://runbooks.example.org:8080/db/", "ftp://files.example.net/", "urn:isbn:"),
        Gen.Char["abcxyz0123-_.~"].Array[0, 12],
        (prefix, path) => new Uri(prefix + new string(path)));

    public static readonly Gen<DateTime> DateTimeUtcOrUnspecified = Gen.Select(Gen.DateTime, Gen.Bool, (d, utc) => DateTime.SpecifyKind(d, utc ? DateTimeKind.Utc : DateTimeKind.Unspecified));

    public static readonly Gen<DateTimeOffset> DateTimeOffsetValue = Gen.Select(
        Gen.DateTime[new DateTime(1900, 1, 1), new DateTime(2200, 1, 1)],
        Gen.Int[-14 * 60, 14 * 60],
        (d, minutes) => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Unspecified), TimeSpan.FromMinutes(minutes)));

    public static readonly Gen<AllPrimitives> AllPrimitives = Gen.Select(
        Text, Gen.Bool, Gen.SByte, Gen.Byte, Gen.Short, Gen.UShort, Gen.Int, Gen.UInt, Gen.Long, Gen.ULong, FiniteSingle, FiniteDouble, Gen.Decimal,
        (text, flag, tiny, octet, small, smallUnsigned, number, numberUnsigned, big, bigUnsigned, ratio, real, money) =>
            new AllPrimitives(text, flag, tiny, octet, small, smallUnsigned, number, numberUnsigned, big, bigUnsigned, ratio, real, money));

    public static readonly Gen<ScheduleMaintenance> ScheduleMaintenance = Gen.Select(
        DateTimeOffsetValue, DateTimeUtcOrUnspecified, Gen.DateOnly, Gen.TimeOnly, Gen.TimeSpan, Gen.Guid, AbsoluteUri,
        DateTimeOffsetValue.Nullable(), Gen.Guid.Nullable(),
        (startsAt, createdAt, day, at, duration, ticketId, runbook, endsAt, parentId) =>
            new ScheduleMaintenance(startsAt, createdAt, day, at, duration, ticketId, runbook, endsAt, parentId));

    public static readonly Gen<TicketSettings> TicketSettings = Gen.Select(
        Gen.Enum<Channel>(), Gen.Int, Text.Null(),
        (channel, retries, queue) => new TicketSettings { Channel = channel, RetryCount = retries, Queue = queue });

    public static readonly Gen<OpenTicket> OpenTicket = Gen.Select(
        BmpText(3, 80), Gen.Enum<Severity>(), Text.List[0, 4], Contact.Null(), Gen.Enum<Severity>().Nullable(), Contact.List[0, 3],
        Text.Null(), TicketSettings, DictionaryOf(Gen.Int),
        (title, severity, labels, owner, escalation, watchers, notes, settings, counters) =>
            new OpenTicket(title, severity, labels, owner, escalation, watchers) { Notes = notes, Settings = settings, Counters = counters });

    public static readonly Gen<CollectionShapes> CollectionShapes = Gen.Select(
        Gen.Int.Array[0, 5], Gen.Int.List[0, 3].List[0, 3], Text.Null().List[0, 4], Gen.Long.Nullable().List[0, 4], Gen.Guid.List[0, 3],
        Gen.Enum<Severity>().List[0, 4], FiniteDouble.List[0, 4], DictionaryOf(Text), DictionaryOf(Text.List[0, 3]),
        DictionaryOf(FiniteDouble.Nullable()), Contact.List[0, 3],
        (numbers, matrix, names, counts, ids, levels, weights, tags, groups, scores, people) =>
            new CollectionShapes(numbers, matrix, names, counts, ids, levels, weights, tags, groups, scores, people));

    public static readonly Gen<ConstrainedInput> ConstrainedInput = Gen.Select(
        Gen.Int[1, 10], BmpText(2, 12), Text.List[1, 3], BmpText(2, 4),
        Gen.Char['a', 'z'].Array[1, 5].Array[1, 4].Select(words => string.Join("-", words.Select(w => new string(w)))),
        Gen.OneOf("red", "green", "blue"), Gen.Double[0.0, 1.0].Nullable(),
        (rating, nickname, choices, code, slug, color, confidence) => new ConstrainedInput(rating, nickname, choices, code, slug, color, confidence));

    public static readonly Gen<CreateUserAccount> CreateUserAccount = Gen.Select(
        Text, Text, Gen.Int.Nullable(), Gen.Select(Text, Text, Text, (street, postal, country) => new Address(street, postal, country)), Gen.Enum<AccountRole>(),
        (first, last, age, address, role) => new CreateUserAccount(first, last, age, address, role));

    public static readonly Gen<ConfigureAlert> ConfigureAlert = Gen.Select(
        Text, Gen.Int[1, 100], Text.Null(), Text.List[0, 3],
        (name, threshold, channel, recipients) => new ConfigureAlert { Name = name, Threshold = threshold, Channel = channel, Recipients = recipients });

    /// <summary>Generates a value with a fixed random stream, for corpora that must be the same on every run.</summary>
    public static T Example<T>(Gen<T> gen, ulong seed) => gen.Generate(new PCG(7, seed), null, out _);

    private static Gen<Dictionary<string, T>> DictionaryOf<T>(Gen<T> values) =>
        Gen.Select(Key, values).List[0, 4].Select(pairs =>
        {
            var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach ((string key, T value) in pairs)
            {
                dictionary[key] = value;
            }

            return dictionary;
        });

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
