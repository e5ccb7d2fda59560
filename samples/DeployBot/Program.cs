// DeployBot: the 12-factor guide's deploy bot. With no API key it plays a scripted model; with OPENAI_API_KEY (or
// OLLAMA_ENDPOINT) set it asks a real one. Threads are kept in a SQLite file, so a conversation that pauses for a
// person can end this process and go on in another: `--non-interactive`, then `--resume <id> --approve`.
using System;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Generated;
using AgentGen.Sqlite;
using DeployBot;
using Microsoft.Extensions.AI;

CommandLine? line = CommandLine.Parse(args, out string? error);
if (line is null)
{
    Console.Error.WriteLine($"DeployBot: {error}\n\n{CommandLine.Usage}");
    return 2;
}

IChatClient? realModel = ModelChoice.FromEnvironment(out string description);
Console.WriteLine($"model: {description}\n");

string database = line.Database ?? SqliteThreadStore.GetDefaultPath("AgentGen.DeployBot");
var store = new SqliteThreadStore(database, ToolRegistry.Instance);
var runner = new AgentRunner(store);
var deployer = new FakeDeployer();

StoredThread stored;
if (line.ResumeId is { } id)
{
    StoredThread? saved = await store.LoadAsync(id);
    if (saved is null)
    {
        Console.Error.WriteLine($"DeployBot: no saved thread {id} in {database}.");
        return 1;
    }

    PrintFrom(0, saved.Thread);
    try
    {
        stored = await runner.UpdateAsync(id, Answer);
    }
    catch (InvalidOperationException e)
    {
        Console.Error.WriteLine($"DeployBot: {e.Message}");
        return 1;
    }

    PrintFrom(saved.Thread.Events.Length, stored.Thread);
}
else
{
    stored = await store.CreateAsync(AgentThread.Start("deploy the newest backend and frontend tags to production"));
    PrintFrom(0, stored.Thread);
}

// The scripted model goes on from the thread's next step; a real model reads the thread itself.
var agent = new DeployAgent(realModel ?? ScriptedDeploy.From(stored.Thread.StepCount), new FakeGit(), deployer);
while (true)
{
    int printed = stored.Thread.Events.Length;
    stored = await runner.RunLoadedAsync(agent, stored);
    PrintFrom(printed, stored.Thread);
    if (stored.Thread.Status is not (ThreadStatus.AwaitingApproval or ThreadStatus.AwaitingHuman or ThreadStatus.Escalated))
    {
        break;
    }

    // Factor 7: the run paused for a person. Ask the one at this terminal, or save the thread for later.
    if (line.NonInteractive)
    {
        string answer = stored.Thread.Status == ThreadStatus.AwaitingApproval ? "--approve | --reject \"why\"" : "--respond \"answer\"";
        Console.WriteLine($"\nthread {stored.Thread.Id} is saved, {stored.Thread.Status}; go on with:");
        Console.WriteLine($"thread resume: dotnet run --project samples/DeployBot -- --resume {stored.Thread.Id} {answer}");
        return 0;
    }

    printed = stored.Thread.Events.Length;
    stored = await store.SaveAsync(AskThePerson(stored.Thread), stored.Version);
    PrintFrom(printed, stored.Thread);
}

Console.WriteLine($"\nthread {stored.Thread.Id}: {stored.Thread.Status} after {stored.Thread.StepCount} steps");
Console.WriteLine($"deployments in this run: {(deployer.Deployments.Count == 0 ? "none" : string.Join("; ", deployer.Deployments))}");
return stored.Thread.Status == ThreadStatus.Done ? 0 : 1;

AgentThread Answer(AgentThread waiting) =>
    line.Approving ? waiting.Approve(line.Approve)
    : line.Reject is { } feedback ? waiting.Reject(feedback)
    : waiting.Respond(line.Respond!);

AgentThread AskThePerson(AgentThread waiting)
{
    // Without a terminal (CI, a pipe) the scripted sample plays the person too: it approves.
    bool scriptedPerson = realModel is null && Console.IsInputRedirected;
    if (waiting.Status != ThreadStatus.AwaitingApproval)
    {
        return waiting.Respond(scriptedPerson ? "use the newest tag" : Ask("your answer: ") ?? "no answer");
    }

    if (scriptedPerson)
    {
        return waiting.Approve("ship it");
    }

    string? reply = Ask("approve? [y/N, or a reason to reject] ");
    return reply is "y" or "Y" or "yes" ? waiting.Approve() : waiting.Reject(string.IsNullOrWhiteSpace(reply) ? "not approved" : reply);
}

static string? Ask(string question)
{
    Console.Write(question);
    return Console.ReadLine();
}

static void PrintFrom(int start, AgentThread thread)
{
    for (int i = start; i < thread.Events.Length; i++)
    {
        Transcript.Print(thread.Events[i]);
    }
}
