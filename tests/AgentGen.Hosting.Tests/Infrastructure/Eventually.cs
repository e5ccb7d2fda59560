using System;
using System.Threading.Tasks;

namespace AgentGen.Hosting.Tests;

/// <summary>Waits for something the background worker does, as a client polling would.</summary>
public static class Eventually
{
    /// <summary>How long to wait before failing: a guard against hanging on a shared, busy machine, not a timing assertion.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Polls a condition until it holds; fails with a description of what was seen last when it never does.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="describe">What was expected and what is seen, for the failure message.</param>
    public static async Task HoldsAsync(Func<Task<bool>> condition, Func<Task<string>> describe)
    {
        DateTime deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail(await describe());
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
