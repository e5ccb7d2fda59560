// DeployBot: the 12-factor guide's deploy bot. With no API key it plays a scripted model;
// with OPENAI_API_KEY (or OLLAMA_ENDPOINT) set it asks a real one.
using System;
using AgentGen;
using AgentGen.Testing;
using DeployBot;
using Microsoft.Extensions.AI;

IChatClient? realModel = ModelChoice.FromEnvironment(out string description);
IChatClient model = realModel ?? Script();
Console.WriteLine($"model: {description}\n");

var deployer = new FakeDeployer();
var agent = new DeployAgent(model, new FakeGit(), deployer);

var thread = AgentThread.Start("deploy the newest backend and frontend tags to production");
int printed = 0;
PrintNew();
thread = await agent.RunAsync(thread);
PrintNew();

// Factor 7: the run paused for a person. The scripted sample approves; with a real model you answer here.
while (thread.Status is ThreadStatus.AwaitingApproval or ThreadStatus.AwaitingHuman)
{
    thread = thread.Status == ThreadStatus.AwaitingApproval ? Approve(thread) : thread.Respond(Ask("your answer: ") ?? "no answer");
    PrintNew();
    thread = await agent.RunAsync(thread);
    PrintNew();
}

Console.WriteLine($"\nthread {thread.Id}: {thread.Status} after {thread.StepCount} steps");
Console.WriteLine($"deployments: {(deployer.Deployments.Count == 0 ? "none" : string.Join("; ", deployer.Deployments))}");
return thread.Status == ThreadStatus.Done ? 0 : 1;

void PrintNew()
{
    for (; printed < thread.Events.Length; printed++)
    {
        Print(thread.Events[printed]);
    }
}

AgentThread Approve(AgentThread waiting)
{
    if (realModel is null || Console.IsInputRedirected)
    {
        return waiting.Approve("ship it");
    }

    string? answer = Ask("approve? [y/N or a reason to reject] ");
    return answer is "y" or "Y" or "yes" ? waiting.Approve() : waiting.Reject(string.IsNullOrWhiteSpace(answer) ? "not approved" : answer);
}

static string? Ask(string question)
{
    Console.Write(question);
    return Console.ReadLine();
}

static ScriptedChatClient Script() => new ScriptedChatClient()
    .Then(new ListGitTags(3))
    .Then(new DeployBackend("v1.4.2", DeployEnvironment.Production))
    .ThenToolCall("deploy_fronted", """{"tag": "v1.4.2", "environment": "production"}""")
    .Then(new DeployFrontend("v1.4.2", DeployEnvironment.Production))
    .Then(new DoneForNow("Deployed backend and frontend v1.4.2 to production."));

static void Print(ThreadEvent e) => Console.WriteLine(e switch
{
    MessageEvent m => $"[{m.Source}] {m.Text}",
    ToolCallEvent c => $"[model] {c.Tool.ToolName}: {XmlContextRenderer.YamlOf(c.Tool).Replace("\n", ", ", StringComparison.Ordinal)}",
    ToolResultEvent r => $"[{r.ToolName}] {r.Result}",
    ToolErrorEvent x => $"[error] {x.ToolName}: {x.ErrorType}: {x.Message}",
    ParseErrorEvent p => $"[error] {p.Message}",
    DoneEvent d => $"[done] {d.Message}",
    ApprovalRequestedEvent => "[paused] waiting for a person to approve the deploy",
    ApprovalGrantedEvent g => $"[person] approved: {g.Comment}",
    ApprovalRejectedEvent r => $"[person] rejected: {r.Feedback}",
    HumanResponseEvent h => $"[person] {h.Text}",
    _ => $"[{e.Kind}]",
});
