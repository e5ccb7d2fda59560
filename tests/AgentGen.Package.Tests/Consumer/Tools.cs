// A user's tool, compiled by a project that references AgentGen only as a NuGet package:
// the generator that implements it comes from the package's analyzers/dotnet/cs folder.
using System.ComponentModel;
using AgentGen;

namespace Consumer;

/// <summary>Book a table at a restaurant.</summary>
[Tool]
public sealed partial record BookTable(
    [property: Description("Name on the booking")] string Name,
    Seating Seating,
    List<string> Requests,
    int? PartySize = null);

/// <summary>Where the party sits.</summary>
public enum Seating { Indoor, OutdoorTerrace }
