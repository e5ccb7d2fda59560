using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

// The [Tool] records the runtime tests read, bind, write and fuzz. Between them they use every feature
// the generator supports; the generator runs on this file exactly as it does in a user's project.
namespace AgentGen.Tests.Tools;

/// <summary>Every primitive kind JSON can carry.</summary>
/// <param name="Text">Some text.</param>
[Tool]
public sealed partial record AllPrimitives(
    string Text,
    bool Flag,
    sbyte Tiny,
    byte Octet,
    short Small,
    ushort SmallUnsigned,
    int Number,
    uint NumberUnsigned,
    long Big,
    ulong BigUnsigned,
    float Ratio,
    double Real,
    decimal Money);

/// <summary>Schedule a maintenance window.</summary>
[Tool]
public sealed partial record ScheduleMaintenance(
    DateTimeOffset StartsAt,
    DateTime CreatedAt,
    DateOnly Day,
    TimeOnly At,
    TimeSpan Duration,
    Guid TicketId,
    Uri Runbook,
    DateTimeOffset? EndsAt = null,
    Guid? ParentId = null);

/// <summary>Open a ticket for the on-call team.</summary>
/// <param name="Title">A short title.</param>
/// <param name="Escalation">Who to escalate to, when known.</param>
[Tool]
public sealed partial record OpenTicket(
    [property: StringLength(80, MinimumLength = 3)] string Title,
    Severity Severity,
    IReadOnlyList<string> Labels,
    Contact? Owner,
    Severity? Escalation,
    [property: Description("Who else hears about it")] List<Contact> Watchers)
{
    /// <summary>Anything else the on-call person should know.</summary>
    public string? Notes { get; init; }

    /// <summary>How the ticket is delivered.</summary>
    public required TicketSettings Settings { get; init; }

    /// <summary>Named counters; a computed initializer, so optional.</summary>
    public Dictionary<string, int> Counters { get; init; } = new();
}

/// <summary>A person to contact.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Email">Work email address.</param>
public sealed record Contact(string Name, [property: RegularExpression(@"[^@\s]+@[^@\s]+")] string Email);

/// <summary>Delivery settings: a plain class with init and set properties.</summary>
public sealed class TicketSettings
{
    /// <summary>Where the ticket goes.</summary>
    public required Channel Channel { get; init; }

    /// <summary>How often delivery is retried.</summary>
    public int RetryCount { get; init; } = 3;

    /// <summary>The queue, when not the default one.</summary>
    public string? Queue { get; set; }
}

/// <summary>Search the service logs.</summary>
[Tool]
public sealed partial record SearchLogs(
    string Query,
    [Range(1, 500)] int Limit = 50,
    string Service = "api",
    LogLevel MinLevel = LogLevel.Warning,
    bool IncludeArchived = false,
    [Range(0.0, 1.0)] double MinScore = 0.25);

/// <summary>Arrays, lists and dictionaries of every supported kind.</summary>
[Tool]
public sealed partial record CollectionShapes(
    int[] Numbers,
    List<List<int>> Matrix,
    List<string?> MaybeNames,
    IList<long?> MaybeCounts,
    ICollection<Guid> Ids,
    IEnumerable<Severity> Levels,
    IReadOnlyCollection<double> Weights,
    Dictionary<string, string> Tags,
    IDictionary<string, List<string>> Groups,
    IReadOnlyDictionary<string, double?> Scores,
    List<Contact> People);

/// <summary>Look a customer up.</summary>
[Tool("lookup_customer_v2")]
public sealed partial record LookupCustomer(
    [property: JsonPropertyName("q")] string SearchText,
    [property: JsonPropertyName("max-results")] int MaxResults = 5);

/// <summary>Create a user account.</summary>
[Tool(PropertyNaming = JsonNaming.CamelCase)]
public sealed partial record CreateUserAccount(
    string FirstName,
    string LastName,
    int? AgeInYears,
    Address HomeAddress,
    AccountRole Role = AccountRole.ReadOnly);

/// <summary>A postal address.</summary>
public sealed record Address(string StreetLine, string PostalCode, string CountryCode);

/// <summary>Values with DataAnnotations constraints, checked when reading.</summary>
[Tool]
public sealed partial record ConstrainedInput(
    [Range(1, 10)] int Rating,
    [property: StringLength(12, MinimumLength = 2)] string Nickname,
    [property: MinLength(1), MaxLength(3)] List<string> Choices,
    [property: Length(2, 4)] string Code,
    [property: RegularExpression("[a-z]+(-[a-z]+)*")] string Slug,
    [property: AllowedValues("red", "green", "blue")] string Color,
    [Range(0.0, 1.0)] double? Confidence = null);

/// <summary>Rotate a secret, with kebab-case names.</summary>
[Tool(PropertyNaming = JsonNaming.KebabCaseLower)]
public sealed partial record RotateSecret(string SecretName, TimeSpan GracePeriod, bool DryRun = true);

/// <summary>A tool declared as a class with init and set properties.</summary>
[Tool, Description("Configure an alert rule.")]
public sealed partial class ConfigureAlert
{
    /// <summary>The rule's name.</summary>
    public required string Name { get; init; }

    /// <summary>The threshold that fires the alert.</summary>
    [Range(1, 100)]
    public int Threshold { get; init; } = 10;

    /// <summary>The channel, or null for the default.</summary>
    public string? Channel { get; set; }

    /// <summary>Who receives the alert; a computed initializer, so optional.</summary>
    public List<string> Recipients { get; set; } = new();
}

/// <summary>How bad a ticket is.</summary>
public enum Severity { Low, Medium, High, Critical }

/// <summary>Where a ticket is delivered.</summary>
public enum Channel
{
    Email,
    [JsonStringEnumMemberName("sms-text")] SmsText,
    PagerDuty,
}

/// <summary>A log level.</summary>
public enum LogLevel { Debug, Info, Warning, Error }

/// <summary>What an account may do.</summary>
public enum AccountRole { ReadOnly, Editor, Administrator }
