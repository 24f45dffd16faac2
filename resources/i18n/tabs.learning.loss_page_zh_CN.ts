<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>LossPage</name>
    <message>
      <source>The network's answer: {0} (y = {1:.2f}). The correct label: {2} (y = {3:.2f}).</source>
      <translation>神经网络的答案：{0}（y = {1:.2f}）。正确解标签：{2}（y = {3:.2f}）。</translation>
    </message>
    <message>
      <source>A loss function says in one number how bad the network's output y is for the correct answer t (Chapter 4.2). The bars are the outputs of a softmax for one image: ten probabilities that always add up to 1. The green bar is the correct label.</source>
      <translation>损失函数用一个数表示神经网络的输出 y 相对于正确答案 t 有多差（第 4.2 节）。柱子是一张图像的 softmax 输出：十个概率，总和始终为 1。绿色的柱子是正确解标签。</translation>
    </message>
    <message>
      <source>Output y and label t</source>
      <translation>输出 y 与标签 t</translation>
    </message>
    <message>
      <source>Correct label t:</source>
      <translation>正确解标签 t：</translation>
    </message>
    <message>
      <source>Bar:</source>
      <translation>柱子：</translation>
    </message>
    <message>
      <source>Its y:</source>
      <translation>它的 y：</translation>
    </message>
    <message>
      <source>Book example</source>
      <translation>书中的例子</translation>
    </message>
    <message>
      <source>Favours 7</source>
      <translation>偏向 7</translation>
    </message>
    <message>
      <source>The book's y with 0.6 on 2, the correct label</source>
      <translation>书中的 y：0.6 在正确解标签 2 上</translation>
    </message>
    <message>
      <source>The same y with 0.6 on 7: a wrong answer</source>
      <translation>同样的 y，但 0.6 在 7 上：错误的答案</translation>
    </message>
    <message>
      <source>Drag a bar up or down, or click the bars and use ←/→ and ↑/↓. The other bars shrink or grow in proportion so that the sum stays 1.</source>
      <translation>上下拖动柱子，或点击柱子后用 ←/→ 和 ↑/↓。其他柱子按比例缩小或增大，使总和保持为 1。</translation>
    </message>
    <message>
      <source>The two losses (Chapter 4.2.1–4.2.2)</source>
      <translation>两种损失函数（第 4.2.1–4.2.2 节）</translation>
    </message>
    <message>
      <source>Mean squared error</source>
      <translation>均方误差</translation>
    </message>
    <message>
      <source>Cross-entropy error</source>
      <translation>交叉熵误差</translation>
    </message>
    <message>
      <source>class k</source>
      <translation>类别 k</translation>
    </message>
    <message>
      <source>y of the correct label</source>
      <translation>正确解标签的 y</translation>
    </message>
    <message>
      <source>&lt;p&gt;Cross-entropy looks only at the correct label's y: with t one-hot, every other term is 0 × log y. It is −log y, the curve below the bars: 0 when y = 1, and steeper and steeper as y falls towards 0.&lt;/p&gt;&lt;p&gt;Why &lt;code&gt;delta = 1e-7&lt;/code&gt; in &lt;code&gt;cross_entropy_error&lt;/code&gt;: log 0 is −∞, so a y of exactly 0 would make the loss infinite and stop all learning. With the delta the worst value is −log(1e-7) ≈ 16.1. Drag the green bar to 0 to see it.&lt;/p&gt;</source>
      <translation>&lt;p&gt;交叉熵误差只看正确解标签的 y：t 是 one-hot 表示，其他各项都是 0 × log y。它就是 −log y，即柱状图下方的曲线：y = 1 时为 0，y 越接近 0 越陡。&lt;/p&gt;&lt;p&gt;为什么 &lt;code&gt;cross_entropy_error&lt;/code&gt; 里有 &lt;code&gt;delta = 1e-7&lt;/code&gt;：log 0 是 −∞，y 恰好为 0 时损失会变成无穷大，学习就无法进行。加上 delta 后最坏的值是 −log(1e-7) ≈ 16.1。把绿色柱子拖到 0 就能看到。&lt;/p&gt;</translation>
    </message>
  </context>
</TS>