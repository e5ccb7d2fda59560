using AgentGen.Testing;

namespace DeployBot;

/// <summary>The scripted model: the answers a model gives in the guide's deploy conversation, one per step.</summary>
internal static class ScriptedDeploy
{
    /// <summary>The script from the thread's next step on, so a resumed conversation goes on where it stopped.</summary>
    /// <param name="stepsTaken">The model answers the thread already holds (its step count).</param>
    public static ScriptedChatClient From(int stepsTaken)
    {
        var model = new ScriptedChatClient();
        void Step(int index, System.Action<ScriptedChatClient> answer)
        {
            if (index >= stepsTaken)
            {
                answer(model);
            }
        }

        Step(0, m => m.Then(new ListGitTags(3)));
        Step(1, m => m.Then(new DeployBackend("v1.4.2", DeployEnvironment.Production)));
        Step(2, m => m.ThenToolCall("deploy_fronted", """{"tag": "v1.4.2", "environment": "production"}"""));
        Step(3, m => m.Then(new DeployFrontend("v1.4.2", DeployEnvironment.Production)));
        Step(4, m => m.Then(new DoneForNow("Deployed backend and frontend v1.4.2 to production.")));
        return model;
    }
}
