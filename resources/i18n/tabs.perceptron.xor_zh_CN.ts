<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TwoLayerDiagram</name>
    <message>
        <source>layer 0</source>
        <translation>第0层</translation>
    </message>
    <message>
        <source>layer 1</source>
        <translation>第1层</translation>
    </message>
    <message>
        <source>layer 2</source>
        <translation>第2层</translation>
    </message>
</context>
<context>
    <name>TwoLayerPanel</name>
    <message>
        <source>Two layers solve XOR (section 2.5)</source>
        <translation>两层就能实现异或门（2.5 节）</translation>
    </message>
    <message>
        <source>Stack perceptrons: s1 = NAND(x1, x2) and s2 = OR(x1, x2) in layer 1, then y = AND(s1, s2). Each is one straight line; together the two lines cut out the band between them, where XOR is 1.</source>
        <translation>把感知机叠加起来：第1层是 s1 = NAND(x1, x2) 和 s2 = OR(x1, x2)，然后 y = AND(s1, s2)。每个感知机都只是一条直线；两条直线合在一起，围出它们之间的带状区域，异或门正是在这里输出 1。</translation>
    </message>
    <message>
        <source>Pick an input (a row, or a point in the plot) to follow its values:</source>
        <translation>选择一个输入（表中的一行，或图中的一个点），跟踪它的值：</translation>
    </message>
    <message>
        <source>Back to a single line</source>
        <translation>回到单条直线</translation>
    </message>
</context>
<context>
    <name>XorExplanation</name>
    <message>
        <source>Why no single line works</source>
        <translation>为什么一条直线做不到</translation>
    </message>
    <message>
        <source>XOR&apos;s triangles (1, 0) and (0, 1) sit on one diagonal, its circles (0, 0) and (1, 1) on the other. A straight line that puts both circles on one side always leaves a triangle with them. The two groups are &lt;b&gt;not linearly separable&lt;/b&gt;, and a perceptron can only draw a straight line (section 2.4).</source>
        <translation>异或门的三角形 (1, 0) 和 (0, 1) 在一条对角线上，圆圈 (0, 0) 和 (1, 1) 在另一条对角线上。一条直线若把两个圆圈放在同一侧，总会有一个三角形也在这一侧。这两组点&lt;b&gt;不是线性可分的&lt;/b&gt;，而感知机只能画出一条直线（2.4 节）。</translation>
    </message>
    <message>
        <source>Show the two-layer solution</source>
        <translation>显示两层感知机的解法</translation>
    </message>
</context>
</TS>
