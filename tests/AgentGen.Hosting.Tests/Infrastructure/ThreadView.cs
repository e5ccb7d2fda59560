using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace AgentGen.Hosting.Tests;

/// <summary>A thread as the HTTP API returns it: id, status and version, and for GET the thread's JSON.</summary>
/// <param name="Id">The thread's id.</param>
/// <param name="Status">Its status, snake_case.</param>
/// <param name="Version">Its version in the store.</param>
/// <param name="Thread">The thread's JSON (GET only), or an undefined element.</param>
public sealed record ThreadView(string Id, string Status, long Version, JsonElement Thread)
{
    /// <summary>Gets the events' JSON objects.</summary>
    public IReadOnlyList<JsonElement> Events => [.. Thread.GetProperty("events").EnumerateArray()];

    /// <summary>Gets the events' kinds, oldest first.</summary>
    public IReadOnlyList<string> Kinds => [.. Events.Select(e => e.GetProperty("kind").GetString()!)];

    /// <summary>Gets the call id of the first call to a tool.</summary>
    public string CallIdOf(string tool) =>
        Events.First(e => e.GetProperty("kind").GetString() == "tool_call" && e.GetProperty("tool").GetString() == tool).GetProperty("call_id").GetString()!;

    /// <summary>Reads a response body.</summary>
    public static async Task<ThreadView> ReadAsync(HttpResponseMessage response)
    {
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        JsonElement root = document.RootElement.Clone();
        return new ThreadView(
            root.GetProperty("id").GetString()!,
            root.GetProperty("status").GetString()!,
            root.GetProperty("version").GetInt64(),
            root.TryGetProperty("thread", out JsonElement thread) ? thread : default);
    }
}
