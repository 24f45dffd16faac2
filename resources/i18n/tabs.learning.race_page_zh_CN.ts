<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RacePage</name>
    <message>
        <source>784-{0}-10 has {1:,} parameters: one numerical iteration is {2:,} forward passes of the batch.</source>
        <translation>784-{0}-10 有 {1:,} 个参数：数值微分的一次迭代要把整个批正向传播 {2:,} 次。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Iterations: {0}
Parameters done in this pass: {1:,}
Time per iteration: {2} (estimated)
Loss: {3:.4f}</source>
        <translation>迭代次数：{0}
本轮已算完的参数：{1:,}
每次迭代用时：{2}（估计）
损失：{3:.4f}</translation>
    </message>
    <message>
        <source>Iterations: {0:,}
Time per iteration: {1}
Loss: {2:.4f}</source>
        <translation>迭代次数：{0:,}
每次迭代用时：{1}
损失：{2:.4f}</translation>
    </message>
    <message>
        <source>Measured: one numerical iteration takes as long as {0:,} backprop iterations.</source>
        <translation>实测：数值微分的一次迭代，用时相当于误差反向传播法的 {0:,} 次迭代。</translation>
    </message>
    <message>
        <source>Stopped by an error: {0}</source>
        <translation>因错误而停止：{0}</translation>
    </message>
    <message>
        <source>Computing the numerical gradient of 3 images…</source>
        <translation>正在计算 3 张图像的数值梯度……</translation>
    </message>
    <message>
        <source>Mean |backprop − numerical| per parameter:
{0}
Numerical: {1}, backprop: {2}. Tiny differences: backprop is right, and far faster.</source>
        <translation>各参数的 |误差反向传播法 − 数值微分| 平均值：
{0}
数值微分：{1}，误差反向传播法：{2}。差异极小：误差反向传播法的实现是正确的，而且快得多。</translation>
    </message>
    <message>
        <source>The book&apos;s TwoLayerNet learns MNIST twice at once, from the same start and the same batches: once with &lt;code&gt;numerical_gradient&lt;/code&gt; (Chapter 4.5), once with backpropagation, &lt;code&gt;gradient&lt;/code&gt; (Chapter 5.7). Each gets half of the worker.</source>
        <translation>书中的 TwoLayerNet 同时学习 MNIST 两次，初始值和 mini-batch 都相同：一次用 &lt;code&gt;numerical_gradient&lt;/code&gt;（第 4.5 节），一次用误差反向传播法 &lt;code&gt;gradient&lt;/code&gt;（第 5.7 节）。两者各占后台计算的一半时间。</translation>
    </message>
    <message>
        <source>The race</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Hidden neurons:</source>
        <translation>隐藏层神经元：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Numerical gradient</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>numerical gradient</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>backpropagation</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>compute time of each run (s)</source>
        <translation>各自的计算时间（秒）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why training with the numerical gradient seems to hang:&lt;/b&gt; for every one of the 39,760 parameters it runs the whole batch through the network twice, with that weight nudged by +h and by −h. One update is about 80,000 forward passes; backpropagation gets all the gradients from one forward and one backward pass. Nothing is stuck: watch the parameter counter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;为什么用数值微分学习时看起来像卡住了：&lt;/b&gt;对 39,760 个参数中的每一个，都要把这个权重分别加上 +h 和 −h，把整个批在神经网络中正向传播两次。一次更新约要 80,000 次正向传播；误差反向传播法只需一次正向传播和一次反向传播就能求出全部梯度。程序并没有卡住：请看参数计数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gradient check (Chapter 5.7.3)</source>
        <translation>梯度确认（第 5.7.3 节）</translation>
    </message>
    <message>
        <source>The slow numerical gradient is still useful: it checks that backpropagation is right. As in the book&apos;s gradient_check.py: 3 images, both gradients, the mean difference of each parameter.</source>
        <translation>缓慢的数值微分仍然有用：用它来确认误差反向传播法的实现是否正确。和书中的 gradient_check.py 一样：3 张图像，求两种梯度，比较每个参数的平均差。</translation>
    </message>
    <message>
        <source>Check the gradients</source>
        <translation>确认梯度</translation>
    </message>
</context>
</TS>
