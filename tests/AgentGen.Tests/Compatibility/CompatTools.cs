using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace AgentGen.Tests.Compatibility;

// Tools whose schemas are compared with Microsoft.Extensions.AI's AIJsonUtilities.CreateJsonSchema.
// Descriptions use [Description] (which both sides read), not XML documentation (which only AgentGen reads).

[Tool, Description("Every primitive type.")]
public sealed partial record CompatPrimitives(
    string Text,
    bool Flag,
    byte Tiny,
    sbyte SignedTiny,
    short Small,
    ushort UnsignedSmall,
    int Count,
    uint UnsignedCount,
    long Big,
    ulong UnsignedBig,
    float Ratio,
    double Score,
    decimal Price);

[Tool, Description("Enums, written as snake_case strings.")]
public sealed partial record CompatEnums(
    CompatColor Color,
    CompatColor? MaybeColor,
    CompatSize Size,
    CompatColor Fallback = CompatColor.DeepBlue);

public enum CompatColor { Red, DeepBlue, LightGreen }

[Description("How big the parcel is.")]
public enum CompatSize
{
    Small,

    [JsonStringEnumMemberName("XL")]
    ExtraLarge,
}

[Tool, Description("Nullable value and reference types.")]
public sealed partial record CompatNullables(
    int? MaybeCount,
    string? MaybeText,
    bool? MaybeFlag,
    double? MaybeScore,
    DateTimeOffset? MaybeWhen,
    Guid? MaybeId,
    CompatAddress? MaybeAddress,
    List<string>? MaybeTags,
    string?[] NullableItems,
    List<string?> NullableNames);

[Tool, Description("Arrays, lists and dictionaries.")]
public sealed partial record CompatCollections(
    string[] Names,
    int[] Numbers,
    List<double> Scores,
    IReadOnlyList<CompatAddress> Addresses,
    IList<CompatColor> Colors,
    IEnumerable<string> Labels,
    IReadOnlyCollection<long> Ids,
    ICollection<bool> Flags,
    Dictionary<string, int> Counts,
    IDictionary<string, string> Headers,
    IReadOnlyDictionary<string, CompatAddress> AddressesByName,
    List<List<int>> Matrix);

[Tool, Description("Nested records, with descriptions on the nested types.")]
public sealed partial record CompatNested(
    [property: Description("Where the parcel goes")] CompatAddress Destination,
    CompatAddress Origin,
    CompatPerson Recipient);

[Description("A postal address.")]
public sealed record CompatAddress(string Street, string City, [property: Description("ISO 3166 code")] string Country);

[Description("A person.")]
public sealed record CompatPerson(string Name, CompatAddress Home, IReadOnlyList<CompatAddress> Others);

[Tool, Description("Dates, times, identifiers and URIs.")]
public sealed partial record CompatWellKnown(
    DateTimeOffset At,
    DateTime LocalAt,
    DateOnly Day,
    TimeOnly Time,
    TimeSpan Timeout,
    Guid Id,
    Uri Link);

[Tool, Description("Defaults on positional parameters.")]
public sealed partial record CompatDefaults(
    string Query,
    int Limit = 10,
    long Offset = -5,
    double Threshold = 0.25,
    float Weight = 1.5f,
    decimal Budget = 12.5m,
    bool IncludeArchived = true,
    string Sort = "newest",
    CompatColor Color = CompatColor.LightGreen,
    string? Cursor = null,
    int? Page = null);

[Tool, Description("Descriptions on properties, on parameters and from the nested type.")]
public sealed partial record CompatDescriptions(
    [property: Description("On the property")] string OnProperty,
    [Description("On the parameter")] string OnParameter,
    [property: Description("With a default")] int WithDefault = 3,
    CompatAddress? Address = null)
{
    [Description("An init-only property")]
    public string? Note { get; init; }
}

[Tool, Description("DataAnnotations constraints.")]
public sealed partial record CompatAnnotations(
    [property: Range(1, 50)] int Limit,
    [property: Range(0.5, 99.5)] double Ratio,
    [property: StringLength(20, MinimumLength = 2)] string Code,
    [property: MinLength(3)] string Word,
    [property: MaxLength(8)] string Short,
    [property: Length(2, 4)] string Pin,
    [property: RegularExpression("^[a-z]+$")] string Slug,
    [property: AllowedValues("low", "high")] string Level,
    [property: MinLength(1)] string[] Tags,
    [property: MaxLength(3)] List<int> Picks,
    [property: Length(1, 5)] IReadOnlyList<string> Choices);

[Tool, Description("Names from [JsonPropertyName], init and required properties.")]
public sealed partial record CompatNaming(
    [property: JsonPropertyName("q")] string Query,
    [property: JsonPropertyName("maxResults")] int MaxResults = 5)
{
    [JsonPropertyName("Trace-Id")]
    public required string TraceId { get; init; }

    public required Guid RequestId { get; init; }

    public string? Comment { get; init; }

    public int Retries { get; init; } = 2;

    public int Priority { get; init; }

    public List<string> Labels { get; init; } = new();
}

/// <summary>Search the knowledge base.</summary>
/// <param name="Query">Words to look for.</param>
/// <param name="Limit">How many articles, best first.</param>
[Tool]
public sealed partial record CompatXmlDocs(string Query, int Limit = 5)
{
    /// <summary>Only articles in this language.</summary>
    public string? Language { get; init; }
}

[Tool, Description("Find flights between two airports.")]
public sealed partial record CompatFindFlights(
    [property: Description("IATA code of the departure airport")] string From,
    [property: Description("IATA code of the arrival airport")] string To,
    DateOnly Day,
    CompatCabin Cabin = CompatCabin.Economy,
    [property: Range(1, 9)] int Passengers = 1,
    string? Airline = null);

public enum CompatCabin { Economy, PremiumEconomy, Business, First }
