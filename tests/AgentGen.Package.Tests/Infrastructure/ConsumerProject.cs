using System;
using System.IO;
using System.Security;

namespace AgentGen.Package.Tests.Infrastructure;

/// <summary>Writes a fresh console project that uses AgentGen the way a user does: one PackageReference.</summary>
internal static class ConsumerProject
{
    /// <summary>Frameworks the consumer builds for: the oldest and the newest the package ships.</summary>
    public const string TargetFrameworks = "net10.0;net8.0";

    /// <summary>The framework the consumer runs on (the SDK's own runtime is always installed).</summary>
    public const string RunFramework = "net10.0";

    /// <summary>The key of the local feed in the consumer's nuget.config.</summary>
    private const string LocalFeedKey = "agentgen-under-test";

    /// <summary>
    /// Creates the consumer in <paramref name="directory"/>: its project file, a nuget.config whose
    /// sources are <paramref name="feed"/> (for AgentGen only) and nuget.org (for everything else),
    /// and the C# files shipped next to this test in <c>Consumer/</c>.
    /// </summary>
    public static void Write(string directory, string feed, string packageVersion)
    {
        Directory.CreateDirectory(directory);

        // A user's project sits in a folder of its own; these stop MSBuild from picking up any
        // Directory.Build.* or Directory.Packages.props from the folders above the scratch folder.
        foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(directory, name), "<Project />\n");
        }

        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>{TargetFrameworks}</TargetFrameworks>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AgentGen" Version="{packageVersion}" />
              </ItemGroup>
            </Project>

            """);

        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="{LocalFeedKey}" value="{SecurityElement.Escape(feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="{LocalFeedKey}">
                  <package pattern="AgentGen" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>

            """);

        string sources = Path.Combine(AppContext.BaseDirectory, "Consumer");
        foreach (string file in Directory.EnumerateFiles(sources, "*.cs"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }
    }
}
