using System;
using System.IO;
using Microsoft.Data.Sqlite;

namespace AgentGen.Stores.Tests;

/// <summary>A new folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Gets the folder's full path.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "agentgen-stores-" + Guid.NewGuid().ToString("N"));

    /// <summary>Gets the full path of a file or folder inside this one (not created).</summary>
    /// <param name="relative">The path inside this folder.</param>
    /// <returns>The full path.</returns>
    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <inheritdoc/>
    public void Dispose()
    {
        // Pooled connections keep the file open (which Windows would refuse to delete).
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
