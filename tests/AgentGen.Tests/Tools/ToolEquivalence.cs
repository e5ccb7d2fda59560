using System;
using System.Collections.Generic;
using System.Linq;

namespace AgentGen.Tests.Tools;

/// <summary>
/// Value comparisons of test tools. Records compare their scalar members by value, but their lists and
/// dictionaries by reference, so collection members are compared here as sequences.
/// </summary>
internal static class ToolEquivalence
{
    public static void AssertSame(AllPrimitives expected, AllPrimitives actual) => Assert.Equal(expected, actual);

    public static void AssertSame(ScheduleMaintenance expected, ScheduleMaintenance actual)
    {
        // DateTimeOffset equality ignores the offset and DateTime equality ignores the kind; both must survive.
        Assert.Equal(expected, actual);
        Assert.Equal(expected.StartsAt.Offset, actual.StartsAt.Offset);
        Assert.Equal(expected.CreatedAt.Kind, actual.CreatedAt.Kind);
        Assert.Equal(expected.EndsAt?.Offset, actual.EndsAt?.Offset);
        Assert.Equal(expected.Runbook.OriginalString, actual.Runbook.OriginalString);
    }

    public static void AssertSame(OpenTicket expected, OpenTicket actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Severity, actual.Severity);
        Assert.Equal(expected.Labels, actual.Labels);
        Assert.Equal(expected.Owner, actual.Owner);
        Assert.Equal(expected.Escalation, actual.Escalation);
        Assert.Equal(expected.Watchers, actual.Watchers);
        Assert.Equal(expected.Notes, actual.Notes);
        AssertSame(expected.Settings, actual.Settings);
        AssertSameEntries(expected.Counters, actual.Counters);
    }

    public static void AssertSame(TicketSettings expected, TicketSettings actual)
    {
        Assert.Equal(expected.Channel, actual.Channel);
        Assert.Equal(expected.RetryCount, actual.RetryCount);
        Assert.Equal(expected.Queue, actual.Queue);
    }

    public static void AssertSame(CollectionShapes expected, CollectionShapes actual)
    {
        Assert.Equal(expected.Numbers, actual.Numbers);
        Assert.Equal(expected.Matrix.Count, actual.Matrix.Count);
        for (int i = 0; i < expected.Matrix.Count; i++)
        {
            Assert.Equal(expected.Matrix[i], actual.Matrix[i]);
        }

        Assert.Equal(expected.MaybeNames, actual.MaybeNames);
        Assert.Equal(expected.MaybeCounts, actual.MaybeCounts);
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.Levels, actual.Levels);
        Assert.Equal(expected.Weights, actual.Weights);
        AssertSameEntries(expected.Tags, actual.Tags);
        Assert.Equal(expected.Groups.Keys.Order(StringComparer.Ordinal), actual.Groups.Keys.Order(StringComparer.Ordinal));
        foreach (KeyValuePair<string, List<string>> group in expected.Groups)
        {
            Assert.Equal(group.Value, actual.Groups[group.Key]);
        }

        AssertSameEntries(expected.Scores, actual.Scores);
        Assert.Equal(expected.People, actual.People);
    }

    public static void AssertSame(ConstrainedInput expected, ConstrainedInput actual)
    {
        Assert.Equal(expected with { Choices = actual.Choices }, actual);
        Assert.Equal(expected.Choices, actual.Choices);
    }

    public static void AssertSame(CreateUserAccount expected, CreateUserAccount actual) => Assert.Equal(expected, actual);

    public static void AssertSame(ConfigureAlert expected, ConfigureAlert actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Threshold, actual.Threshold);
        Assert.Equal(expected.Channel, actual.Channel);
        Assert.Equal(expected.Recipients, actual.Recipients);
    }

    private static void AssertSameEntries<TValue>(IEnumerable<KeyValuePair<string, TValue>> expected, IEnumerable<KeyValuePair<string, TValue>> actual) =>
        Assert.Equal(
            expected.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
            actual.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
}
