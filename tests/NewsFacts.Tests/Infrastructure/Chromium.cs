using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven over the DevTools protocol (a WebSocket and JSON messages), so the browser
/// tests need no npm package. One browser per instance, with a fresh profile folder; pages are tabs attached with
/// flat sessions. tests/setup.sh installs the browser (CI calls it).
/// </summary>
internal sealed class Chromium : IDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    // A hang guard, not a timing assertion: a step that takes this long means the browser is stuck.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private int _nextId;

    private Chromium(Process process, string profile, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        _socket.ConnectAsync(endpoint, _stop.Token).Wait(HangGuard);
        _receiving = Task.Run(ReceiveLoop);
    }

    /// <summary>Called with every event: its method, its parameters and the session it belongs to (null for the browser).</summary>
    public event Action<string, JsonNode?, string?>? EventReceived;

    /// <summary>Starts a headless browser.</summary>
    public static Chromium Start()
    {
        string executable = Environment.GetEnvironmentVariable("NEWSFACTS_CHROMIUM") ?? DefaultPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium is not installed at {executable}: run tests/setup.sh (CI does), or set NEWSFACTS_CHROMIUM.");
        }

        string profile = Path.Combine(Path.GetTempPath(), "newsfacts-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
            "--remote-debugging-port=0", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        var endpoint = new TaskCompletionSource<Uri>();
        Task.Run(async () =>
        {
            string? line;
            while ((line = await process.StandardError.ReadLineAsync()) is not null)
            {
                const string Listening = "DevTools listening on ";
                if (line.StartsWith(Listening, StringComparison.Ordinal))
                {
                    endpoint.TrySetResult(new Uri(line[Listening.Length..].Trim()));
                }
            }

            endpoint.TrySetException(new InvalidOperationException("Chromium exited before it listened: exit code " + (process.HasExited ? process.ExitCode : -1)));
        });
        if (!endpoint.Task.Wait(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not start");
        }

        return new Chromium(process, profile, endpoint.Task.Result);
    }

    /// <summary>Opens a new tab.</summary>
    public BrowserPage NewPage()
    {
        string targetId = Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" })["targetId"]!.GetValue<string>();
        string session = Send("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true })["sessionId"]!.GetValue<string>();
        return new BrowserPage(this, session);
    }

    /// <summary>Sends a command and waits for its answer.</summary>
    public JsonNode Send(string method, JsonObject? parameters = null, string? session = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        var answer = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        byte[] bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        lock (_socket)
        {
            _socket.SendAsync(bytes, WebSocketMessageType.Text, true, _stop.Token).Wait(HangGuard);
        }

        if (!answer.Task.Wait(HangGuard))
        {
            throw new TimeoutException($"Chromium did not answer {method}");
        }

        return answer.Task.Result;
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                WebSocketReceiveResult result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                JsonNode node = JsonNode.Parse(message.ToArray())!;
                message.SetLength(0);
                if (node["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out TaskCompletionSource<JsonNode>? answer))
                {
                    if (node["error"] is { } error)
                    {
                        answer.SetException(new InvalidOperationException("DevTools error: " + error.ToJsonString()));
                    }
                    else
                    {
                        answer.SetResult(node["result"] ?? new JsonObject());
                    }
                }
                else if (node["method"] is { } method)
                {
                    EventReceived?.Invoke(method.GetValue<string>(), node["params"], node["sessionId"]?.GetValue<string>());
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The browser went away: the pending commands fail below.
        }

        foreach (TaskCompletionSource<JsonNode> answer in _pending.Values)
        {
            answer.TrySetException(new InvalidOperationException("Chromium closed the connection"));
        }
    }

    public void Dispose()
    {
        try
        {
            Send("Browser.close");
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or AggregateException)
        {
            // Closed already; the process is ended below either way.
        }

        _stop.Cancel();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _socket.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // The profile is in the temp folder; a file Chromium still held is left for the system to clear.
        }
    }
}

/// <summary>One tab: navigation, script evaluation, key presses, screenshots, and what the page logged and fetched.</summary>
internal sealed class BrowserPage
{
    private readonly Chromium _browser;
    private readonly string _session;
    private readonly object _gate = new();
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BrowserPage(Chromium browser, string session)
    {
        _browser = browser;
        _session = session;
        browser.EventReceived += OnEvent;
        foreach (string domain in new[] { "Page", "Runtime", "Log", "Network" })
        {
            Send(domain + ".enable");
        }
    }

    /// <summary>Console errors, uncaught exceptions and error log entries, as text.</summary>
    public List<string> Errors { get; } = new();

    /// <summary>The URL of every request the page made (documents, styles, scripts, images…).</summary>
    public List<string> Requests { get; } = new();

    public JsonNode Send(string method, JsonObject? parameters = null) => _browser.Send(method, parameters, _session);

    /// <summary>Opens a URL and waits for its load event.</summary>
    public void Navigate(string url)
    {
        lock (_gate)
        {
            _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        Send("Page.navigate", new JsonObject { ["url"] = url });
        if (!_loaded.Task.Wait(TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException("the page did not load: " + url);
        }
    }

    /// <summary>Evaluates a script expression and returns its value as JSON.</summary>
    public JsonNode? Evaluate(string expression)
    {
        JsonNode result = Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException("script failed: " + exception.ToJsonString());
        }

        return result["result"]?["value"];
    }

    public T Evaluate<T>(string expression) => Evaluate(expression).Deserialize<T>()!;

    /// <summary>Presses a key as a user would (Tab, Enter, Escape).</summary>
    public void Press(string key, int keyCode, bool shift = false)
    {
        foreach (string type in new[] { "rawKeyDown", "keyUp" })
        {
            Send("Input.dispatchKeyEvent", new JsonObject
            {
                ["type"] = type,
                ["key"] = key,
                ["code"] = key,
                ["windowsVirtualKeyCode"] = keyCode,
                ["modifiers"] = shift ? 8 : 0,
            });
        }
    }

    /// <summary>Sets the viewport (CSS pixels) and the zoom, as a browser window of that size at that zoom would be.</summary>
    public void Viewport(int width, int height, double zoom = 1)
    {
        Send("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = (int)(width / zoom),
            ["height"] = (int)(height / zoom),
            ["deviceScaleFactor"] = zoom,
            ["mobile"] = false,
        });
    }

    /// <summary>Writes a PNG of the viewport.</summary>
    public void Screenshot(string path)
    {
        string data = Send("Page.captureScreenshot", new JsonObject { ["format"] = "png" })["data"]!.GetValue<string>();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Convert.FromBase64String(data));
    }

    private void OnEvent(string method, JsonNode? parameters, string? session)
    {
        if (session != _session)
        {
            return;
        }

        string? consoleType = parameters?["type"]?.GetValue<string>();
        string? logLevel = parameters?["entry"]?["level"]?.GetValue<string>();
        lock (_gate)
        {
            switch (method)
            {
                case "Page.loadEventFired":
                    _loaded.TrySetResult();
                    break;
                case "Runtime.consoleAPICalled" when consoleType is "error" or "assert":
                    Errors.Add("console: " + parameters?["args"]?.ToJsonString());
                    break;
                case "Runtime.exceptionThrown":
                    Errors.Add("exception: " + parameters?["exceptionDetails"]?.ToJsonString());
                    break;
                case "Log.entryAdded" when logLevel == "error":
                    Errors.Add("log: " + parameters?["entry"]?["text"] + " " + parameters?["entry"]?["url"]);
                    break;
                case "Network.requestWillBeSent":
                    Requests.Add(parameters?["request"]?["url"]?.GetValue<string>() ?? string.Empty);
                    break;
                case "Page.javascriptDialogOpening":
                    Errors.Add("dialog: " + parameters?["message"]);
                    break;
            }
        }
    }
}
