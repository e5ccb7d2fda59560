using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AgentGen.Package.Tests.Infrastructure;

namespace AgentGen.Package.Tests;

/// <summary>
/// The AgentGen package as a user gets it: what is inside, and a fresh console project that
/// references only the package, builds without warnings and uses a generated tool.
/// </summary>
public sealed partial class PackageConsumptionTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public void Package_holds_the_runtime_per_framework_and_each_roslyn_component_once()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.NupkgPath);
        string[] names = archive.Entries.Select(entry => entry.FullName).ToArray();

        Assert.Empty(names.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key));
        string[] content = names.Where(name => !IsPackagingMetadata(name)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                "README.md",
                "analyzers/dotnet/cs/AgentGen.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/AgentGen.Analyzers.dll",
                "analyzers/dotnet/cs/AgentGen.Generators.dll",
                "lib/net10.0/AgentGen.dll",
                "lib/net10.0/AgentGen.xml",
                "lib/net8.0/AgentGen.dll",
                "lib/net8.0/AgentGen.xml",
            ],
            content);
    }

    [Fact]
    public void Pack_reports_no_warnings()
    {
        // NU5118 (a file packed twice), NU5128 (lib/ and dependency groups disagree) and the like.
        CommandResult pack = package.Pack;

        Assert.False(pack.Output.Contains(": warning ", StringComparison.Ordinal), pack.Describe());
    }

    [Fact]
    public void Package_depends_on_Microsoft_Extensions_AI_only_and_declares_its_readme()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.NupkgPath);
        ZipArchiveEntry nuspecEntry = Assert.Single(archive.Entries, entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        XElement metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(element => element.Name.LocalName == name).Value;

        Assert.Equal("AgentGen", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("README.md", Value("readme"));
        var dependencies = metadata.Descendants()
            .Where(element => element.Name.LocalName == "group")
            .ToDictionary(
                group => group.Attribute("targetFramework")!.Value,
                group => string.Join(", ", group.Elements().Select(dependency => dependency.Attribute("id")!.Value).Order(StringComparer.Ordinal)));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["net10.0"] = "Microsoft.Extensions.AI.Abstractions",
                ["net8.0"] = "Microsoft.Extensions.AI.Abstractions",
            },
            dependencies);
    }

    [Fact]
    public void Consumer_builds_for_every_framework_with_no_warnings()
    {
        CommandResult build = package.Build;
        TestContext.Current.TestOutputHelper?.WriteLine($"{package.Pack.Describe()}\n{build.Describe()}");

        Assert.True(build.ExitCode == 0, build.Describe());
        Match summary = WarningSummary().Match(build.Output);
        Assert.True(summary.Success, $"No warning count in the build summary.\n{build.Describe()}");
        Assert.True(summary.Groups["count"].Value == "0" && !build.Output.Contains(": warning ", StringComparison.Ordinal), build.Describe());
        foreach (string framework in ConsumerProject.TargetFrameworks.Split(';'))
        {
            Assert.Contains(Path.Combine("bin", "Release", framework, "Consumer.dll"), build.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generated_schema_describes_the_record_with_its_enum_nullable_and_list()
    {
        Assert.Equal("book_table", Line("NAME"));
        using JsonDocument schema = JsonDocument.Parse(Line("SCHEMA"));
        JsonElement root = schema.RootElement;
        JsonElement properties = root.GetProperty("properties");

        Assert.Equal("Book a table at a restaurant.", root.GetProperty("description").GetString());
        Assert.Equal("object", root.GetProperty("type").GetString());
        Assert.Equal(["name", "seating", "requests", "party_size"], properties.EnumerateObject().Select(property => property.Name));
        Assert.Equal("Name on the booking", properties.GetProperty("name").GetProperty("description").GetString());
        Assert.Equal(["indoor", "outdoor_terrace"], properties.GetProperty("seating").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal("array", properties.GetProperty("requests").GetProperty("type").GetString());
        Assert.Equal("string", properties.GetProperty("requests").GetProperty("items").GetProperty("type").GetString());
        Assert.Equal(["integer", "null"], properties.GetProperty("party_size").GetProperty("type").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal(["name", "seating", "requests"], root.GetProperty("required").EnumerateArray().Select(value => value.GetString()));

        // The Microsoft.Extensions.AI declaration, from the package's dependency, carries the same schema.
        Assert.Equal($"book_table {Line("SCHEMA")}", Line("DECLARATION"));
    }

    [Fact]
    public void Value_round_trips_through_WriteJson_and_ReadJson()
    {
        const string Written = """{"name":"Ada","seating":"outdoor_terrace","requests":["window","quiet"],"party_size":4}""";

        Assert.Equal(Written, Line("WRITTEN"));
        Assert.Equal($"True {Written}", Line("ROUNDTRIP"));
    }

    [Fact]
    public void Arguments_bind_from_a_dictionary_of_plain_values()
    {
        Assert.Equal("""True {"name":"Grace","seating":"indoor","requests":["high chair"],"party_size":2}""", Line("BOUND"));
    }

    [Fact]
    public void Malformed_json_gives_a_typed_error_instead_of_an_exception()
    {
        Assert.Equal("False", Line("MALFORMED"));
        string error = Assert.Single(Lines("ERROR"));
        Assert.StartsWith("MalformedJson $", error, StringComparison.Ordinal);
        Assert.Contains("offset 27", error, StringComparison.Ordinal);
    }

    private static bool IsPackagingMetadata(string entry) =>
        entry is "[Content_Types].xml" or "AgentGen.nuspec"
        || entry.StartsWith("_rels/", StringComparison.Ordinal)
        || entry.StartsWith("package/services/metadata/", StringComparison.Ordinal);

    /// <summary>The payloads of the consumer's output lines that start with <paramref name="key"/>.</summary>
    private string[] Lines(string key)
    {
        CommandResult run = package.Run;
        return run.Output.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith(key + " ", StringComparison.Ordinal))
            .Select(line => line[(key.Length + 1)..])
            .ToArray();
    }

    private string Line(string key)
    {
        string[] lines = Lines(key);
        Assert.True(lines.Length == 1, $"Expected one '{key}' line in the consumer's output.\n{package.Run.Describe()}");
        return lines[0];
    }

    [GeneratedRegex(@"^\s*(?<count>\d+) Warning\(s\)", RegexOptions.Multiline)]
    private static partial Regex WarningSummary();
}
