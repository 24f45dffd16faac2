<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>PlaygroundTab</name>
    <message>
      <source>Playground</source>
      <translation>游乐场</translation>
    </message>
    <message>
      <source>Chapters 5-6: a small network of the book's layers learns 2-D points live</source>
      <translation>第 5–6 章：用书中的层搭成的小网络实时学习二维数据点</translation>
    </message>
    <message>
      <source>Choose data and a network; press Play. The background shows which class the network predicts at each point; filled dots train it, hollow dots test it. Click on the plane to add a point. Changes apply at the next step.</source>
      <translation>选择数据和网络，然后按“播放”。背景颜色表示网络在每个位置预测的类别；实心点是训练数据，空心点是测试数据。在平面上点击可添加数据点。修改的设置从下一步起生效。</translation>
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
      <source>Save setup…</source>
      <translation>保存设置…</translation>
    </message>
    <message>
      <source>Open setup…</source>
      <translation>打开设置…</translation>
    </message>
    <message>
      <source>Load points from CSV…</source>
      <translation>从 CSV 载入数据点…</translation>
    </message>
    <message>
      <source>One point a line: x1,x2,label (label 0, 1, …)</source>
      <translation>每行一个点：x1,x2,标签（标签为 0、1、…）</translation>
    </message>
    <message>
      <source>Inputs → hidden neurons → outputs</source>
      <translation>输入 → 隐藏层神经元 → 输出</translation>
    </message>
    <message>
      <source>Each picture: the neuron's output over the plane. Hover over an edge: its weight.</source>
      <translation>每幅小图：该神经元在整个平面上的输出。鼠标停在连线上：显示该权重的值。</translation>
    </message>
    <message>
      <source>training loss</source>
      <translation>训练损失</translation>
    </message>
    <message>
      <source>test loss</source>
      <translation>测试损失</translation>
    </message>
    <message>
      <source>steps</source>
      <translation>步数</translation>
    </message>
    <message>
      <source>Not applied: {0}</source>
      <translation>未应用：{0}</translation>
    </message>
    <message>
      <source>Training stopped: {0}</source>
      <translation>训练已停止：{0}</translation>
    </message>
    <message>
      <source>Speed: fastest</source>
      <translation>速度：最快</translation>
    </message>
    <message>
      <source>Speed: {0} steps/s</source>
      <translation>速度：每秒 {0} 步</translation>
    </message>
    <message>
      <source>Step {0} · training loss {1}, accuracy {2} · test loss {3}, accuracy {4}</source>
      <translation>第 {0} 步 · 训练损失 {1}，识别精度 {2} · 测试损失 {3}，识别精度 {4}</translation>
    </message>
    <message>
      <source>Save setup</source>
      <translation>保存设置</translation>
    </message>
    <message>
      <source>Playground setup (*.json)</source>
      <translation>游乐场设置 (*.json)</translation>
    </message>
    <message>
      <source>Open setup</source>
      <translation>打开设置</translation>
    </message>
    <message>
      <source>the file is too large for a setup</source>
      <translation>文件太大，不是游乐场设置</translation>
    </message>
    <message>
      <source>Could not open the setup: {0}</source>
      <translation>无法打开设置：{0}</translation>
    </message>
    <message>
      <source>Load points</source>
      <translation>载入数据点</translation>
    </message>
    <message>
      <source>Points (*.csv *.txt)</source>
      <translation>数据点 (*.csv *.txt)</translation>
    </message>
    <message>
      <source>the file is larger than 1 MB</source>
      <translation>文件超过 1 MB</translation>
    </message>
    <message>
      <source>Could not load the points: {0}</source>
      <translation>无法载入数据点：{0}</translation>
    </message>
  </context>
</TS>