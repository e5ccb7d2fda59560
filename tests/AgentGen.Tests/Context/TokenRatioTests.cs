using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Context;

/// <summary>
/// Factor 3 (own your context window): the default rendering of the DeployBot thread costs at most 0.6x the tokens of
/// the same conversation as the OpenAI chat messages Microsoft.Extensions.AI sends, both counted with o200k_base
/// (the GPT-4o / GPT-4.1 / o-series encoding). The system prompt and the tool declarations are left out on both
/// sides: both protocols send them, and they do not grow with the conversation.
/// </summary>
public sealed class TokenRatioTests(ITestOutputHelper output)
{
    /// <summary>The target: rendered tokens over OpenAI messages tokens.</summary>
    public const double MaxRatio = 0.6;

    private static readonly Lazy<Tokenizer> O200k = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    [Fact]
    public async Task The_rendered_DeployBot_thread_takes_at_most_0_6x_the_tokens_of_the_OpenAI_messages()
    {
        AgentThread thread = await DeployBotConversation.RunAsync(Ct);
        List<ChatMessage> messages = DeployBotConversation.AsChatMessages(thread);
        string rendered = XmlContextRenderer.Default.Render(thread);
        string openAI = DeployBotConversation.OpenAIMessagesJson(messages);

        int renderedTokens = O200k.Value.CountTokens(rendered);
        int openAITokens = O200k.Value.CountTokens(openAI);
        double ratio = (double)renderedTokens / openAITokens;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"o200k_base tokens: rendered thread {renderedTokens} ({rendered.Length} chars), OpenAI messages JSON {openAITokens} ({openAI.Length} chars), ratio {ratio:F3} (target <= {MaxRatio})"));
        output.WriteLine("rendered, per event:");
        IReadOnlyList<string> parts = XmlContextRenderer.Default.RenderParts(thread);
        for (int i = 0; i < parts.Count; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {O200k.Value.CountTokens(parts[i]),4}  {thread.Events[i].Kind}"));
        }

        output.WriteLine("OpenAI, per message:");
        foreach ((string json, ChatMessage message) in DeployBotConversation.OpenAIMessageLines(messages).Zip(messages))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {O200k.Value.CountTokens(json),4}  {message.Role} {Describe(message)}"));
        }

        Assert.True(
            ratio <= MaxRatio,
            string.Create(CultureInfo.InvariantCulture,
                $"The rendered thread takes {renderedTokens} tokens, {ratio:F3}x the {openAITokens} of the OpenAI messages; the target is at most {MaxRatio}x."));
    }

    [Fact]
    public void The_tokenizer_is_o200k_base()
    {
        // Known counts in o200k_base; a different encoding (cl100k_base, say) would count differently.
        Assert.Equal(new[] { 13225, 2375, 0 }, O200k.Value.EncodeToIds("Hello world!").ToArray());
    }

    private static string Describe(ChatMessage message) => message.Contents.FirstOrDefault() switch
    {
        FunctionCallContent call => "call " + call.Name,
        FunctionResultContent result => "result " + result.CallId,
        _ => "text",
    };
}
