using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Package.Tests.Infrastructure;

namespace AgentGen.Package.Tests;

/// <summary>
/// Packs AgentGen once, then builds and runs a consumer of that package; the tests read the results.
/// </summary>
/// <remarks>
/// Everything lives in one scratch folder, deleted afterwards: a copy of the sources (see
/// <see cref="RepositorySources"/>), the local feed and the consumer project. The package gets a
/// unique prerelease version, so the consumer's restore always extracts this build of it into the
/// normal global packages folder (nothing else is downloaded again); that one version folder is
/// deleted afterwards too. Each stage records its failure instead of throwing, so a broken consumer
/// build still lets the layout tests report what is in the package.
/// </remarks>
public sealed class PackageFixture : IAsyncLifetime
{
    // Limits against a hung child process, not performance expectations: a pack and a build take
    // seconds, but the machine may be busy with the rest of the solution's tests.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private readonly string scratch = Path.Combine(Path.GetTempPath(), "agentgen-package-tests", Guid.NewGuid().ToString("N"));
    private string? nupkgPath;
    private CommandResult? pack;
    private CommandResult? build;
    private CommandResult? run;
    private string? failure;
    private string? extractedPackageFolder;

    /// <summary>The package's version: unique per run, so no stale extract can be picked up.</summary>
    public string Version { get; } = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.r{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The packed .nupkg file.</summary>
    public string NupkgPath => nupkgPath ?? throw Failed("packing AgentGen");

    /// <summary>The <c>dotnet pack</c> of the copied sources.</summary>
    public CommandResult Pack => pack ?? throw Failed("packing AgentGen");

    /// <summary>The consumer's <c>dotnet build</c> (both target frameworks).</summary>
    public CommandResult Build => build ?? throw Failed("building the consumer");

    /// <summary>The consumer's <c>dotnet run</c> on <see cref="ConsumerProject.RunFramework"/>.</summary>
    public CommandResult Run => run ?? throw Failed("running the consumer");

    public async ValueTask InitializeAsync()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        string repository = Path.Combine(scratch, "repo");
        string feed = Path.Combine(scratch, "feed");
        string consumer = Path.Combine(scratch, "consumer");
        try
        {
            RepositorySources.CopyForPacking(RepositorySources.FindRoot(), repository);
            pack = await DotNetCli.RunCheckedAsync(repository, PackTimeout, cancellationToken,
                "pack", Path.Combine("src", "Runtime", "AgentGen.csproj"),
                "-c", "Release", "-o", feed, $"-p:Version={Version}", "-tl:off", "-nologo").ConfigureAwait(false);
            nupkgPath = Directory.EnumerateFiles(feed, "*.nupkg").SingleOrDefault()
                ?? throw new InvalidOperationException($"dotnet pack wrote no single .nupkg to {feed}: [{string.Join(", ", Directory.EnumerateFiles(feed))}]");

            ConsumerProject.Write(consumer, feed, Version);
            build = await DotNetCli.RunAsync(consumer, BuildTimeout, cancellationToken,
                "build", "-c", "Release", "-tl:off", "-nologo", "-clp:Summary").ConfigureAwait(false);
            extractedPackageFolder = FindExtractedPackage(consumer);
            if (build.ExitCode != 0)
            {
                failure = $"The consumer did not build.\n{build.Describe()}";
                return;
            }

            run = await DotNetCli.RunCheckedAsync(consumer, RunTimeout, cancellationToken,
                "run", "--no-build", "-c", "Release", "--framework", ConsumerProject.RunFramework).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            failure = exception.Message;
        }
    }

    public ValueTask DisposeAsync()
    {
        DeleteDirectory(scratch);
        try
        {
            // The shared parent goes too once no other run is using it (a non-empty folder is kept).
            Directory.Delete(Path.GetDirectoryName(scratch)!);
        }
        catch (IOException)
        {
        }

        if (extractedPackageFolder is not null)
        {
            DeleteDirectory(extractedPackageFolder);
        }

        return ValueTask.CompletedTask;
    }

    private InvalidOperationException Failed(string stage) =>
        new($"The package test could not get past {stage}:\n{failure ?? "an earlier stage failed."}");

    /// <summary>
    /// Where restore extracted this version of AgentGen: <c>agentgen/&lt;version&gt;</c> under the
    /// packages folder named in the consumer's project.assets.json (the user's global packages folder).
    /// </summary>
    private string? FindExtractedPackage(string consumer)
    {
        string assets = Path.Combine(consumer, "obj", "project.assets.json");
        if (!File.Exists(assets))
        {
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(assets));
        if (!document.RootElement.TryGetProperty("packageFolders", out JsonElement folders))
        {
            return null;
        }

        string? packages = folders.EnumerateObject().Select(folder => folder.Name).FirstOrDefault();
        return packages is null ? null : Path.Combine(packages, "agentgen", Version.ToLowerInvariant());
    }

    private static void DeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Scratch space: a file still held open by an exiting process is left to the OS temp cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
