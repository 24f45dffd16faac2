<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LearnBox</name>
    <message>
        <source>Learn: the perceptron learning rule</source>
        <translation>学习：感知机学习规则</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>How far one mistake moves w and b</source>
        <translation>每犯一次错，w 和 b 移动多少</translation>
    </message>
    <message>
        <source>Inputs shown per second while playing</source>
        <translation>播放时每秒展示的输入个数</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step shows the perceptron one input; every mistake moves the line: w ← w + η(t − y)x, b ← b + η(t − y). Play repeats it.</source>
        <translation>“单步”给感知机看一个输入；每犯一次错，直线就移动：w ← w + η(t − y)x，b ← b + η(t − y)。“播放”会不断重复。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged&lt;/b&gt; in epoch {0}: a whole epoch without a mistake. The line now separates the gate.</source>
        <translation>在第 {0} 轮&lt;b&gt;收敛&lt;/b&gt;：整整一轮没有犯错。这条直线现在能分开这个门的输入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No convergence&lt;/b&gt; after {0} epochs: every epoch still has mistakes and the line never settles. No straight line separates XOR.</source>
        <translation>{0} 轮之后仍&lt;b&gt;不收敛&lt;/b&gt;：每一轮都还有错误，直线始终停不下来。没有任何一条直线能分开异或门。</translation>
    </message>
    <message>
        <source>Not converged after {0} epochs yet: press Step or Play to go on.</source>
        <translation>{0} 轮后尚未收敛：按“单步”或“播放”继续。</translation>
    </message>
    <message>
        <source>Epoch {0}, input ({1}, {2}): output {3} = target {4}, so nothing changes.</source>
        <translation>第 {0} 轮，输入 ({1}, {2})：输出 {3} = 目标 {4}，所以不做改变。</translation>
    </message>
    <message>
        <source>Epoch {0}, input ({1}, {2}): output {3} ≠ target {4}, so the rule moves the line: w1 = {5:.2f}, w2 = {6:.2f}, b = {7:.2f}.</source>
        <translation>第 {0} 轮，输入 ({1}, {2})：输出 {3} ≠ 目标 {4}，所以规则移动直线：w1 = {5:.2f}，w2 = {6:.2f}，b = {7:.2f}。</translation>
    </message>
</context>
</TS>
