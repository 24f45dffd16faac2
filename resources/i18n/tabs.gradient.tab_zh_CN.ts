<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GradientTab</name>
    <message>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Chapter 4: gradients and gradient descent · Chapter 6: optimizers</source>
        <translation>第4章：梯度与梯度下降法 · 第6章：最优化方法</translation>
    </message>
    <message>
        <source>Gradient and gradient descent</source>
        <translation>梯度与梯度下降法</translation>
    </message>
    <message>
        <source>The arrows show −∇f, the direction in which f falls fastest, computed with numerical_gradient (ch4.4). Click on the plot to start descending from there.</source>
        <translation>箭头表示 −∇f，即 f 减小最快的方向，由 numerical_gradient（4.4节）算出。在图上单击，就从该点开始下降。</translation>
    </message>
    <message>
        <source>Arrows of −∇f</source>
        <translation>−∇f 的箭头</translation>
    </message>
    <message>
        <source>Show arrows</source>
        <translation>显示箭头</translation>
    </message>
    <message>
        <source>Direction only</source>
        <translation>只显示方向</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Gradient descent (ch4)</source>
        <translation>梯度下降法（第4章）</translation>
    </message>
    <message>
        <source>Optimizer race (ch6)</source>
        <translation>最优化方法比较（第6章）</translation>
    </message>
    <message>
        <source>Arrows per side: {0}</source>
        <translation>每边箭头数：{0}</translation>
    </message>
    <message>
        <source>Speed: {0} steps/s</source>
        <translation>速度：每秒 {0} 步</translation>
    </message>
</context>
</TS>
